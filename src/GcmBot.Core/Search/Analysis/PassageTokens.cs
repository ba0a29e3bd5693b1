namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// A passage's text as the index analysed it, kept for highlighting: the tokens in order, and each
/// position's token (a stop word leaves a gap). Terms are interned: the corpus repeats its words,
/// so every passage's copy of "migrant" is the same string.
/// </summary>
internal sealed class PassageTokens
{
    private readonly int[] _byPosition;

    private PassageTokens(Token[] tokens)
    {
        Tokens = tokens;
        _byPosition = new int[tokens.Length == 0 ? 0 : tokens[^1].Position + 1];
        Array.Fill(_byPosition, -1);
        for (var i = 0; i < tokens.Length; i++)
        {
            _byPosition[tokens[i].Position] = i;
        }
    }

    public Token[] Tokens { get; }

    public static PassageTokens Of(string text) =>
        new([.. Analysis.Tokens.Of(CorpusAnalyzer.Index, text).Select(t => t with { Term = string.Intern(t.Term) })]);

    /// <summary>The token at <paramref name="position"/>, or null for a gap or past the end.</summary>
    public Token? At(int position) =>
        position >= 0 && position < _byPosition.Length && _byPosition[position] is var i and >= 0 ? Tokens[i] : null;
}
