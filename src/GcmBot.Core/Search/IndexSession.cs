using Microsoft.Data.Sqlite;

namespace GcmBot.Core.Search;

/// <summary>
/// One private in-memory copy of the index with its prepared statement. A session is used by one
/// thread at a time (SQLite connections and commands are not safe to share), so the index keeps a
/// small pool of them; separate copies also let queries run in parallel without SQLite locks.
/// </summary>
internal sealed class IndexSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _match;
    private readonly SqliteParameter _expression;

    public IndexSession(SqliteConnection connection)
    {
        _connection = connection;
        _match = connection.CreateCommand();
        _match.CommandText = "SELECT rowid FROM passages WHERE passages MATCH $match";
        _expression = _match.Parameters.Add("$match", SqliteType.Text);
        _match.Prepare();
    }

    /// <summary>The row ids of every passage matching the FTS5 expression, in row order.</summary>
    public List<long> Match(string expression)
    {
        _expression.Value = expression;
        var rows = new List<long>(256);
        using var reader = _match.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0));
        }

        return rows;
    }

    public void Dispose()
    {
        _match.Dispose();
        _connection.Dispose();
    }
}
