namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// A passage's text as the index analysed it, kept for highlighting: the tokens in order, and each
/// position's token (a stop word leaves a gap). Terms are interned: the corpus repeats its words,
/// so every passage's copy of "migrant" is the same string.
/// </summary>
internal sealed class PassageTokens
{
    private readonly int[] _byPosition;

    // Each term's tokens (their indexes, in order): a highlight looks its terms up instead of
    // comparing every query term with every token.
    private readonly Dictionary<string, int[]> _byTerm;

    private PassageTokens(Token[] tokens)
    {
        Tokens = tokens;
        _byPosition = new int[tokens.Length == 0 ? 0 : tokens[^1].Position + 1];
        Array.Fill(_byPosition, -1);
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            _byPosition[tokens[i].Position] = i;
            if (!byTerm.TryGetValue(tokens[i].Term, out var indexes))
            {
                byTerm[tokens[i].Term] = indexes = [];
            }

            indexes.Add(i);
        }

        _byTerm = byTerm.ToDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal);
    }

    public Token[] Tokens { get; }

    public static PassageTokens Of(string text) =>
        new([.. Analysis.Tokens.Of(CorpusAnalyzer.Index, text).Select(t => t with { Term = string.Intern(t.Term) })]);

    /// <summary>The indexes in <see cref="Tokens"/> of the tokens whose term is <paramref name="term"/>, in order.</summary>
    public int[] IndexesOf(string term) => _byTerm.GetValueOrDefault(term) ?? [];

    /// <summary>The index in <see cref="Tokens"/> of the token at <paramref name="position"/>; -1 for a gap or past the end.</summary>
    public int IndexAt(int position) =>
        position >= 0 && position < _byPosition.Length ? _byPosition[position] : -1;
}
