using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GcmBot.Core.Search;

/// <summary>Plain Lucene, for the benchmark's side-by-side rows and for sizing.</summary>
public sealed partial class PassageIndex
{
    /// <summary>The index's size in memory (Lucene's RAMDirectory files).</summary>
    internal long IndexBytes => _directory is RAMDirectory ram ? ram.GetSizeInBytes() : 0;

    /// <summary>
    /// Lucene alone: every term of <paramref name="query"/> as one BooleanQuery of SHOULD clauses,
    /// ranked by BM25 with the field weights, no coverage factor: the best <paramref name="limit"/>.
    /// </summary>
    internal IReadOnlyList<int> RawSearch(SearchQuery query, int limit)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var term in query.Terms.Select(QueryTerm.Of).Where(t => !t.IsEmpty))
        {
            all.Add(term.ToQuery(_weights), Occur.SHOULD);
        }

        return all.Clauses.Count == 0 ? [] : [.. _searcher.Search(all, limit).ScoreDocs.Select(d => d.Doc)];
    }
}
