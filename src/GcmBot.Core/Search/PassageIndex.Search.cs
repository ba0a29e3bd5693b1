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
        var termCount = query.Terms.Count;
        var postings = ArrayPool<Postings>.Shared.Rent(termCount);
        var chosen = ArrayPool<int>.Shared.Rent(n);
        try
        {
            // First each term's matches and weight: whether any term is selective decides which select.
            var common = n * CommonTermShare;
            var anySelective = false;
            double totalWeight = 0;
            for (var i = 0; i < termCount; i++)
            {
                var docs = (postings[i] = PostingsOf(query.Terms[i])).Docs;
                anySelective |= docs.Length > 0 && docs.Length <= common;

                // A rare term says more about a passage that has it: ln(1 + N/rows), times the query's weight.
                totalWeight += docs.Length == 0 ? 0 : query.Weights[i] * Math.Log(1 + ((double)n / docs.Length));
            }

            // Then one pass over each term's matches, in the terms' order (so every sum adds in the
            // same order), noting each passage the first time a term selects it.
            var count = 0;
            for (var i = 0; i < termCount; i++)
            {
                var (docs, scores, _) = postings[i];
                var coverageWeight = docs.Length == 0 ? 0 : query.Weights[i] * Math.Log(1 + ((double)n / docs.Length));
                var selects = docs.Length > 0 && (!anySelective || docs.Length <= common);
                for (var j = 0; j < docs.Length; j++)
                {
                    var doc = docs[j];
                    score[doc] += scores[j];
                    covered[doc] += coverageWeight;
                    if (selects && !selected[doc])
                    {
                        selected[doc] = true;
                        chosen[count++] = doc;
                    }
                }
            }

            return Best(chosen.AsSpan(0, count), limit, score, covered, totalWeight);
        }
        finally
        {
            Array.Clear(postings, 0, termCount);
            ArrayPool<Postings>.Shared.Return(postings);
            ArrayPool<int>.Shared.Return(chosen);
        }
    }

    // The selected passages best first: sorted by score alone (a sort of plain numbers, with no
    // comparer to call), then each run of equal scores put in corpus order, which makes the order
    // total, so the same question always gets the same answer.
    private SearchHit[] Best(Span<int> chosen, int limit, double[] score, double[] covered, double totalWeight)
    {
        var count = chosen.Length;
        var keys = ArrayPool<double>.Shared.Rent(count);
        try
        {
            // Negated, so that an ascending sort puts the highest score first.
            for (var i = 0; i < count; i++)
            {
                var doc = chosen[i];
                keys[i] = -(score[doc] * (CoverageFloor + ((1 - CoverageFloor) * Coverage(covered[doc], totalWeight))));
            }

            var sorted = keys.AsSpan(0, count);
            sorted.Sort(chosen);
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && sorted[end] == sorted[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    chosen[start..end].Sort();
                }

                start = end;
            }

            var hits = new SearchHit[Math.Clamp(limit, 0, count)];
            for (var i = 0; i < hits.Length; i++)
            {
                var doc = chosen[i];
                hits[i] = new SearchHit(_passages[doc], -sorted[i], Coverage(covered[doc], totalWeight));
            }

            return hits;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
        }
    }

    private static double Coverage(double covered, double totalWeight) => totalWeight > 0 ? covered / totalWeight : 0;
}
