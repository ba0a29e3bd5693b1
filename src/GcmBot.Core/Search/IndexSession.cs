using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Search;

/// <summary>
/// One private in-memory copy of the index with its prepared statements. A session is used by one
/// thread at a time (SQLite connections and commands are not safe to share), so the index keeps a
/// small pool of them; separate copies also let queries run in parallel without SQLite locks.
/// </summary>
internal sealed class IndexSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;
    private readonly SqliteParameter _searchMatch;
    private readonly SqliteParameter _searchLimit;
    private readonly SqliteCommand _highlight;
    private readonly SqliteParameter _highlightMatch;
    private readonly SqliteParameter _highlightRow;

    public IndexSession(SqliteConnection connection, IndexWeights weights)
    {
        _connection = connection;
        _search = connection.CreateCommand();
        _search.CommandText =
            $"SELECT rowid, {weights.ToSql()} AS rank FROM passages WHERE passages MATCH $match ORDER BY rank LIMIT $limit";
        _searchMatch = _search.Parameters.Add("$match", SqliteType.Text);
        _searchLimit = _search.Parameters.Add("$limit", SqliteType.Integer);
        _search.Prepare();

        _highlight = connection.CreateCommand();
        _highlight.CommandText =
            "SELECT highlight(passages, 0, char(1), char(2)) FROM passages WHERE passages MATCH $match AND rowid = $row";
        _highlightMatch = _highlight.Parameters.Add("$match", SqliteType.Text);
        _highlightRow = _highlight.Parameters.Add("$row", SqliteType.Integer);
        _highlight.Prepare();
    }

    public const char MarkOpen = '\u0001';
    public const char MarkClose = '\u0002';

    /// <summary>Row ids and bm25 ranks (negative; lower is better), best first.</summary>
    public List<(long Row, double Rank)> Search(string match, int limit)
    {
        _searchMatch.Value = match;
        _searchLimit.Value = limit;
        var rows = new List<(long, double)>();
        using var reader = _search.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return rows;
    }

    /// <summary>The row's text with matched tokens wrapped in <see cref="MarkOpen"/>/<see cref="MarkClose"/>, or null.</summary>
    public string? Highlight(string match, long row)
    {
        _highlightMatch.Value = match;
        _highlightRow.Value = row;
        return _highlight.ExecuteScalar() as string;
    }

    public void Dispose()
    {
        _search.Dispose();
        _highlight.Dispose();
        _connection.Dispose();
    }
}
