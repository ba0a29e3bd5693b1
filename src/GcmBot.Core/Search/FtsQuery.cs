namespace GcmBot.Core.Search;

/// <summary>
/// A safe FTS5 MATCH expression: every term is a phrase of plain words (letters and digits only),
/// each wrapped in double quotes and joined with OR. User text can therefore never inject FTS5
/// syntax (quotes, *, NEAR, AND/OR/NOT, column filters, parentheses).
/// </summary>
public sealed class FtsQuery
{
    /// <summary>Bounds the cost of a pasted essay: bm25 work grows with the number of terms.</summary>
    public const int MaxTerms = 32;

    private readonly List<string> _terms = [];
    private readonly List<double> _weights = [];
    private readonly List<string> _stemKeys = [];

    /// <summary>The phrases, each as folded words separated by one space.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>
    /// How much each term matters when ranking (parallel to <see cref="Terms"/>): a passage that
    /// contains the heavier terms of a question ranks above one that contains only light ones.
    /// </summary>
    public IReadOnlyList<double> Weights => _weights;

    public bool IsEmpty => _terms.Count == 0;

    /// <summary>Adds the words of <paramref name="text"/> as one phrase ("search and rescue").</summary>
    public FtsQuery AddPhrase(string text, double weight = 1.0)
    {
        var words = Words.Split(text);
        if (words.Count > 0)
        {
            Add(string.Join(' ', words.Select(w => w.Text)), weight);
        }

        return this;
    }

    /// <summary>Adds each word of <paramref name="text"/> as its own term.</summary>
    public FtsQuery AddWords(string text)
    {
        foreach (var word in Words.Split(text))
        {
            Add(word.Text, 1.0);
        }

        return this;
    }

    /// <summary>The MATCH expression, or an empty string when there is nothing to search.</summary>
    public string ToMatchExpression() =>
        string.Join(" OR ", _terms.Select(t => "\"" + t + "\""));

    public override string ToString() => ToMatchExpression();

    // Two phrases the index cannot tell apart ("return", "returns") are one term: counted twice,
    // bm25 would weigh that word double.
    private void Add(string phrase, double weight)
    {
        var key = string.Join(' ', phrase.Split(' ').Select(PorterStemmer.Stem));
        var existing = _stemKeys.IndexOf(key);
        if (existing >= 0)
        {
            _weights[existing] = Math.Max(_weights[existing], weight);
        }
        else if (_terms.Count < MaxTerms)
        {
            _terms.Add(phrase);
            _weights.Add(weight);
            _stemKeys.Add(key);
        }
    }
}
