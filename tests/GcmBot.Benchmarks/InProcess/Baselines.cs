using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// What the answer pipeline is compared with, on the same query terms: raw Lucene (the same index,
/// every term in one BooleanQuery ranked by BM25 with the same field weights, top hits), and a naive
/// scan that counts each term in every passage's lowercased text.
/// </summary>
internal sealed class Baselines
{
    /// <summary>As many hits as the answer composer considers.</summary>
    public const int Limit = 200;

    private readonly PassageIndex _index;
    private readonly IReadOnlyList<Passage> _passages;
    private readonly string[] _lowered;

    public Baselines(GcmCorpus corpus, PassageIndex index)
    {
        _passages = corpus.Passages;
        _index = index;

        // Lowercased once, at start: the scan's cost is the search, not the case folding.
        _lowered = [.. _passages.Select(p => (p.Text + "\n" + p.Context).ToLowerInvariant())];
    }

    /// <summary>Size of the Lucene index in memory.</summary>
    public long IndexBytes() => _index.IndexBytes;

    /// <summary>Raw Lucene: every term ORed, BM25 with field weights ranks, best <see cref="Limit"/>.</summary>
    public IReadOnlyList<Passage> RawLucene(SearchQuery query) => [.. _index.RawSearch(query, Limit).Select(i => _passages[i])];

    /// <summary>Each term's occurrences counted in every passage; highest count first, ties in document order.</summary>
    public IReadOnlyList<Passage> NaiveScan(SearchQuery query)
    {
        var scores = new List<(int Index, int Score)>();
        for (var i = 0; i < _lowered.Length; i++)
        {
            var score = 0;
            foreach (var term in query.Terms)
            {
                for (var at = _lowered[i].IndexOf(term, StringComparison.Ordinal); at >= 0; at = _lowered[i].IndexOf(term, at + term.Length, StringComparison.Ordinal))
                {
                    score++;
                }
            }

            if (score > 0)
            {
                scores.Add((i, score));
            }
        }

        return [.. scores.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(Limit).Select(s => _passages[s.Index])];
    }
}
