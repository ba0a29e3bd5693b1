using System.Collections.Concurrent;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;
using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Search;

/// <summary>
/// Full-text index over every passage: SQLite FTS5 in memory (porter + unicode61), ranked by bm25.
/// Built once at start; thread-safe. Queries run on a bounded pool of private in-memory copies
/// cloned from a template database, so parallel requests neither share a connection nor contend
/// on SQLite's locks (see IndexConcurrencyTests and the benchmark for the measurements).
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private readonly SqliteConnection _template;
    private readonly IReadOnlyList<Passage> _passages;
    private readonly Dictionary<string, long> _rowById;
    private readonly IndexWeights _weights;
    private readonly ConcurrentBag<IndexSession> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly Lock _cloneLock = new();
    private readonly Dictionary<string, int> _documentFrequencies;
    private readonly Coverage _coverage;

    private PassageIndex(SqliteConnection template, IReadOnlyList<Passage> passages, Func<Passage, string> keywords, IndexWeights weights, int maxSessions)
    {
        _template = template;
        _documentFrequencies = IndexSchema.DocumentFrequencies(template);
        _coverage = new Coverage(passages, keywords, s => _documentFrequencies.GetValueOrDefault(s));
        _passages = passages;
        _weights = weights;
        _slots = new SemaphoreSlim(maxSessions, maxSessions);
        _rowById = new Dictionary<string, long>(passages.Count, StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            _rowById[passages[i].Id] = i + 1;
        }
    }

    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>
    /// Indexes <paramref name="passages"/>. <paramref name="keywords"/> supplies extra index-only text
    /// per passage (never shown), e.g. the objective's title on each of its actions.
    /// </summary>
    public static PassageIndex Build(
        IReadOnlyList<Passage> passages,
        Func<Passage, string>? keywords = null,
        IndexWeights? weights = null,
        int? maxSessions = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        keywords ??= _ => string.Empty;
        var template = IndexSchema.CreateTemplate(passages, keywords);
        var index = new PassageIndex(
            template, passages, keywords, weights ?? IndexWeights.Default, maxSessions ?? Math.Max(2, Environment.ProcessorCount * 2));
        index._idle.Add(index.Clone());
        return index;
    }

    /// <summary>
    /// How many passages contain <paramref name="word"/> (folded) in any column, after stemming
    /// as the index does: 0 for a word the corpus never uses.
    /// </summary>
    public int DocumentFrequency(string word) =>
        _documentFrequencies.GetValueOrDefault(PorterStemmer.Stem(word));

    /// <summary>
    /// Passages matching <paramref name="query"/>, best first (at most <paramref name="limit"/>): bm25
    /// (column-weighted) scaled by how much of the query's weighted terms the passage covers.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(FtsQuery query, int limit = 400)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return [];
        }

        var rows = WithSession(s => s.Search(query.ToMatchExpression(), limit));
        var terms = _coverage.Prepare(query);
        return [.. rows
            .Select(r =>
            {
                var coverage = _coverage.Of((int)r.Row - 1, terms);
                return new SearchHit(_passages[(int)r.Row - 1], -r.Rank * (CoverageFloor + ((1 - CoverageFloor) * coverage)), coverage);
            })
            .OrderByDescending(h => h.Score)];
    }

    /// <summary>The share of a passage's bm25 score it keeps when it covers none of the weighted terms.</summary>
    public const double CoverageFloor = 0.1;

    /// <summary>
    /// Where <paramref name="query"/>'s terms occur in each passage's text (as FTS5 matched them,
    /// stems included): ranges into <see cref="Passage.Text"/>, keyed by passage id.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TextRange>> Highlights(IEnumerable<Passage> passages, FtsQuery query)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(query);
        var wanted = passages.Where(p => _rowById.ContainsKey(p.Id)).DistinctBy(p => p.Id).ToList();
        var result = new Dictionary<string, IReadOnlyList<TextRange>>(StringComparer.Ordinal);
        if (query.IsEmpty || wanted.Count == 0)
        {
            return result;
        }

        var match = query.ToMatchExpression();
        return WithSession(session =>
        {
            foreach (var passage in wanted)
            {
                var marked = session.Highlight(match, _rowById[passage.Id]);
                result[passage.Id] = marked is null ? [] : HighlightMarks.ToRanges(marked, passage.Text);
            }

            return result;
        });
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }

        _template.Dispose();
        _slots.Dispose();
    }

    private T WithSession<T>(Func<IndexSession, T> work)
    {
        _slots.Wait();
        var session = _idle.TryTake(out var idle) ? idle : Clone();
        try
        {
            return work(session);
        }
        finally
        {
            _idle.Add(session);
            _slots.Release();
        }
    }

    private IndexSession Clone()
    {
        var copy = IndexSchema.OpenMemory();
        lock (_cloneLock)
        {
            _template.BackupDatabase(copy);
        }

        return new IndexSession(copy, _weights);
    }
}
