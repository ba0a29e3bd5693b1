using System.Globalization;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;
using Microsoft.Data.Sqlite;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// What the answer pipeline is compared with, on the same query terms: the raw FTS5 search (the
/// same table, MATCH ranked by SQLite's bm25 with the same column weights, LIMIT), the bare MATCH
/// the pipeline starts from, and a naive scan that counts each term in every passage's lowercased text.
/// </summary>
internal sealed class Baselines : IDisposable
{
    /// <summary>As many hits as the answer composer considers.</summary>
    public const int Limit = 200;

    private readonly IReadOnlyList<Passage> _passages;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _ranked;
    private readonly SqliteCommand _match;
    private readonly string[] _lowered;

    public Baselines(GcmCorpus corpus)
    {
        _passages = corpus.Passages;
        _connection = IndexSchema.CreateTemplate(_passages, p => p.Objective is { } n && corpus.Objective(n) is { } o ? o.ShortName : string.Empty);
        var w = IndexWeights.Default;
        _ranked = Prepare(string.Create(CultureInfo.InvariantCulture,
            $"SELECT rowid FROM passages WHERE passages MATCH $m ORDER BY bm25(passages, {w.Text}, {w.Context}, {w.Keywords}) LIMIT {Limit}"));
        _match = Prepare("SELECT rowid FROM passages WHERE passages MATCH $m");

        // Lowercased once, at start: the scan's cost is the search, not the case folding.
        _lowered = [.. _passages.Select(p => (p.Text + "\n" + p.Context).ToLowerInvariant())];
    }

    /// <summary>Size of one copy of the index database (the app keeps a template and up to 2 × cores session copies).</summary>
    public long DatabaseBytes()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Raw FTS5: every term ORed, SQLite's bm25 ranks, best <see cref="Limit"/>.</summary>
    public IReadOnlyList<Passage> RawFts(SearchQuery query) => Rows(_ranked, query);

    /// <summary>The bare MATCH (row ids in row order), the floor the pipeline's own ranking adds to.</summary>
    public int MatchOnly(SearchQuery query) => Rows(_match, query).Count;

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

    public void Dispose()
    {
        _ranked.Dispose();
        _match.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$m", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private List<Passage> Rows(SqliteCommand command, SearchQuery query)
    {
        var hits = new List<Passage>();
        if (query.IsEmpty)
        {
            return hits;
        }

        command.Parameters[0].Value = query.ToMatchExpression();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(_passages[(int)reader.GetInt64(0) - 1]);
        }

        return hits;
    }
}
