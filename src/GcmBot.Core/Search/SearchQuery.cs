using System.Collections.Concurrent;
using GcmBot.Core.Search.Analysis;

namespace GcmBot.Core.Search;

/// <summary>
/// A question for the index: weighted phrases of plain words. The index analyses each phrase with
/// its own analyzer and builds Lucene term and phrase queries from the tokens, so user text is never
/// parsed as query syntax (quotes, *, AND/OR/NOT, field names, parentheses are gaps between words).
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Bounds the cost of a pasted essay: scoring work grows with the number of terms.</summary>
    public const int MaxTerms = 32;

    private const int MaxFoldedMemo = 20_000;
    private static readonly ConcurrentDictionary<string, string> FoldedMemo = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> StemKeyMemo = new(StringComparer.Ordinal);

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
    public SearchQuery AddPhrase(string text, double weight = 1.0)
    {
        var phrase = Folded(text);
        if (phrase.Length > 0)
        {
            Add(phrase, weight);
        }

        return this;
    }

    /// <summary>Adds each word of <paramref name="text"/> as its own term.</summary>
    public SearchQuery AddWords(string text)
    {
        foreach (var word in Words.Split(text))
        {
            Add(word.Text, 1.0);
        }

        return this;
    }

    public override string ToString() => string.Join(" | ", _terms);

    // Most phrases are the lexicon's and come back with every question on their topic, so their
    // folded form is remembered (bounded: questions bring new words too).
    private static string Folded(string text)
    {
        if (FoldedMemo.TryGetValue(text, out var folded))
        {
            return folded;
        }

        folded = string.Join(' ', Words.Split(text).Select(w => w.Text));
        if (FoldedMemo.Count < MaxFoldedMemo)
        {
            FoldedMemo.TryAdd(text, folded);
        }

        return folded;
    }

    // A folded phrase's words by their stems, remembered as the folded forms are.
    private static string StemKey(string phrase)
    {
        if (StemKeyMemo.TryGetValue(phrase, out var key))
        {
            return key;
        }

        key = string.Join(' ', phrase.Split(' ').Select(Stems.Of));
        if (StemKeyMemo.Count < MaxFoldedMemo)
        {
            StemKeyMemo.TryAdd(phrase, key);
        }

        return key;
    }

    // Two phrases the index cannot tell apart ("return", "returns") are one term: counted twice,
    // the score would weigh that word double.
    private void Add(string phrase, double weight)
    {
        var key = StemKey(phrase);
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
