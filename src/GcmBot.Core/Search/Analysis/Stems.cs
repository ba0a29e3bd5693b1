using System.Collections.Concurrent;

namespace GcmBot.Core.Search.Analysis;

/// <summary>
/// A word's stem as the index stems it (Lucene's Porter stemmer), so the query parser recognises
/// lexicon phrases by the same stems the index matches ("locked", "locking" → "lock").
/// </summary>
public static class Stems
{
    // Stems are asked for over and over (every question, every lexicon phrase); questions can bring
    // any number of new words, so the memo is bounded.
    private const int MaxMemo = 100_000;
    private static readonly ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);

    /// <summary>The stem of a folded (lower-case) word; a text that is not one word comes back unchanged.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Memo.TryGetValue(word, out var memo))
        {
            return memo;
        }

        var stem = Tokens.Of(CorpusAnalyzer.Stemming, word) is [var only] ? only.Term : word;
        if (Memo.Count < MaxMemo)
        {
            Memo.TryAdd(word, stem);
        }

        return stem;
    }
}
