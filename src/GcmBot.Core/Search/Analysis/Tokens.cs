using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GcmBot.Core.Search.Analysis;

/// <summary>A token as an analyzer emits it: its term, its position, and where it stands in the text.</summary>
internal readonly record struct Token(string Term, int Position, int Start, int End);

internal static class Tokens
{
    /// <summary>Runs <paramref name="text"/> through <paramref name="analyzer"/>.</summary>
    public static List<Token> Of(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
