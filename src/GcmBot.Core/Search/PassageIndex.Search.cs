using System.Buffers;

namespace GcmBot.Core.Search;

/// <summary>Ranking: BM25 over the fields, times a coverage factor.</summary>
public sealed partial class PassageIndex
{
    /// <summary>Passages matching <paramref name="query"/>, best first (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query, int limit = 400)
    {
        ArgumentNullException.ThrowIfNull(query);
        var n = _passages.Count;

        // Three arrays over every passage per question: borrowed from the shared pool, cleared, returned.
        var score = ArrayPool<double>.Shared.Rent(n);
        var covered = ArrayPool<double>.Shared.Rent(n);
        var selected = ArrayPool<bool>.Shared.Rent(n);
        try
        {
            Array.Clear(score, 0, n);
            Array.Clear(covered, 0, n);
            Array.Clear(selected, 0, n);
            return Ranked(query, limit, score, covered, selected);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(score);
            ArrayPool<double>.Shared.Return(covered);
            ArrayPool<bool>.Shared.Return(selected);
        }
    }

    private SearchHit[] Ranked(SearchQuery query, int limit, double[] score, double[] covered, bool[] selected)
    {
        var n = _passages.Count;
        var matched = new List<(int[] Docs, double CoverageWeight)>(query.Terms.Count);
        double totalWeight = 0;
        for (var i = 0; i < query.Terms.Count; i++)
        {
            var (docs, scores, _) = PostingsOf(query.Terms[i]);
            for (var j = 0; j < docs.Length; j++)
            {
                score[docs[j]] += scores[j];
            }

            // A rare term says more about a passage that has it: ln(1 + N/rows), times the query's weight.
            var coverageWeight = docs.Length == 0 ? 0 : query.Weights[i] * Math.Log(1 + ((double)n / docs.Length));
            totalWeight += coverageWeight;
            matched.Add((docs, coverageWeight));
        }

        var common = n * CommonTermShare;
        var anySelective = matched.Any(m => m.Docs.Length > 0 && m.Docs.Length <= common);
        foreach (var (docs, coverageWeight) in matched)
        {
            var selects = docs.Length > 0 && (!anySelective || docs.Length <= common);
            foreach (var doc in docs)
            {
                covered[doc] += coverageWeight;
                selected[doc] |= selects;
            }
        }

        var scored = ArrayPool<Scored>.Shared.Rent(n);
        try
        {
            var count = 0;
            for (var doc = 0; doc < n; doc++)
            {
                if (selected[doc])
                {
                    var coverage = totalWeight > 0 ? covered[doc] / totalWeight : 0;
                    scored[count++] = new Scored(doc, score[doc] * (CoverageFloor + ((1 - CoverageFloor) * coverage)), coverage);
                }
            }

            // Best first; ties keep document order, so the same question always gets the same answer.
            // Only the best `limit` are kept, so only they are sorted (BestFirst: a bounded heap).
            var best = BestFirst.Take(scored.AsSpan(0, count), limit, default(ScoredOrder));
            var hits = new SearchHit[best.Length];
            for (var i = 0; i < hits.Length; i++)
            {
                hits[i] = new SearchHit(_passages[best[i].Index], best[i].Score, best[i].Coverage);
            }

            return hits;
        }
        finally
        {
            ArrayPool<Scored>.Shared.Return(scored);
        }
    }

    private readonly record struct Scored(int Index, double Score, double Coverage);

    // Higher score first, then lower document index: a total order, as every index differs.
    private readonly struct ScoredOrder : IComparer<Scored>
    {
        public int Compare(Scored a, Scored b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index);
    }
}
