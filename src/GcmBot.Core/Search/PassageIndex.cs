using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Search;

/// <summary>
/// Full-text index over every passage: SQLite FTS5 in memory (porter + unicode61) finds the
/// matching passages; they are ranked by FTS5's bm25 with column weights (computed from in-memory
/// term statistics, see <see cref="Bm25"/>) scaled by how much of the query each one covers.
/// Built once at start; thread-safe. Matches run on a bounded pool of private in-memory copies
/// cloned from a template database, so parallel requests neither share a connection nor contend
/// on SQLite's locks (IndexConcurrencyTests and the benchmark measure it).
/// </summary>
public sealed class PassageIndex : IDisposable
{
    /// <summary>The share of a passage's bm25 score it keeps when it covers none of the weighted terms.</summary>
    public const double CoverageFloor = 0.1;

    /// <summary>
    /// A term used by more than this share of passages is left out of the MATCH expression (it is
    /// still scored): alone it would make SQLite return most of the corpus.
    /// </summary>
    public const double CommonTermShare = 0.12;

    private readonly SessionPool _sessions;
    private readonly IReadOnlyList<Passage> _passages;
    private readonly Dictionary<string, int> _rowById;
    private readonly PassageTerms _terms;
    private readonly IndexWeights _weights;

    private PassageIndex(SessionPool sessions, IReadOnlyList<Passage> passages, PassageTerms terms, IndexWeights weights)
    {
        _sessions = sessions;
        _passages = passages;
        _terms = terms;
        _weights = weights;
        _rowById = new Dictionary<string, int>(passages.Count, StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            _rowById[passages[i].Id] = i;
        }
    }

    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>
    /// Indexes <paramref name="passages"/>. <paramref name="keywords"/> supplies extra index-only text
    /// per passage (never shown), e.g. the objective's short name on each of its actions.
    /// </summary>
    public static PassageIndex Build(
        IReadOnlyList<Passage> passages,
        Func<Passage, string>? keywords = null,
        IndexWeights? weights = null,
        int? maxSessions = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        keywords ??= _ => string.Empty;
        var sessions = new SessionPool(IndexSchema.CreateTemplate(passages, keywords), maxSessions ?? Math.Max(2, Environment.ProcessorCount * 2));
        return new PassageIndex(sessions, passages, new PassageTerms(passages, keywords), weights ?? IndexWeights.Default);
    }

    /// <summary>
    /// How many passages contain <paramref name="word"/> (folded) in any column, after stemming
    /// as the index does: 0 for a word the corpus never uses.
    /// </summary>
    public int DocumentFrequency(string word) =>
        _terms.Prepare(new FtsQuery().AddPhrase(word)) is [var term] ? term.Rows : 0;

    /// <summary>Passages matching <paramref name="query"/>, best first (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<SearchHit> Search(FtsQuery query, int limit = 400)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = _terms.Prepare(query);
        var match = MatchExpression(query, terms);
        if (match.Length == 0)
        {
            return [];
        }

        var rows = _sessions.Run(s => s.Match(match));
        var scored = new Scored[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var index = (int)rows[i] - 1;
            var coverage = _terms.Coverage(index, terms);
            scored[i] = new Scored(index, _terms.Score(index, terms, _weights) * (CoverageFloor + ((1 - CoverageFloor) * coverage)), coverage);
        }

        // Ties keep document order, so the same question always gets the same answer.
        Array.Sort(scored, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        var hits = new SearchHit[Math.Min(limit, scored.Length)];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = new SearchHit(_passages[scored[i].Index], scored[i].Score, scored[i].Coverage);
        }

        return hits;
    }

    /// <summary>
    /// Where <paramref name="query"/>'s terms occur in each passage's text (stems as the index
    /// matches them; a phrase's words consecutive): ranges into <see cref="Passage.Text"/>, by passage id.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextRange>> Highlights(IEnumerable<Passage> passages, FtsQuery query)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(query);
        var terms = _terms.Prepare(query).Where(t => t.Rows > 0).ToList();
        var result = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            if (_rowById.TryGetValue(passage.Id, out var row) && !result.ContainsKey(passage.Id))
            {
                result[passage.Id] = terms.Count == 0 ? [] : _terms.Highlights(row, terms);
            }
        }

        return result;
    }

    public void Dispose() => _sessions.Dispose();

    // Terms no passage uses cannot match; very common ones are kept only if nothing else is left.
    private string MatchExpression(FtsQuery query, IReadOnlyList<QueryTerm> terms)
    {
        var common = _passages.Count * CommonTermShare;
        var keep = query.Terms.Where((_, i) => terms[i].Rows > 0 && terms[i].Rows <= common).ToList();
        if (keep.Count == 0)
        {
            keep = [.. query.Terms.Where((_, i) => terms[i].Rows > 0)];
        }

        return string.Join(" OR ", keep.Select(t => "\"" + t + "\""));
    }

    private readonly record struct Scored(int Index, double Score, double Coverage);
}
