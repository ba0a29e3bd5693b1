using GcmBot.Core.Search.Analysis;

namespace GcmBot.Core.Search;

/// <summary>
/// Splits free text into folded words (lower case, no diacritics) with their positions, through
/// the same tokenizer and folding filters as the index (<see cref="CorpusAnalyzer.Folding"/>).
/// </summary>
public static class Words
{
    public static IReadOnlyList<Word> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokens.Of(CorpusAnalyzer.Folding, text);
        var words = new Word[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = new Word(tokens[i].Term, tokens[i].Start, tokens[i].End - tokens[i].Start);
        }

        return words;
    }
}

/// <summary>A folded word and where it stands in the original text.</summary>
public readonly record struct Word(string Text, int Start, int Length);
