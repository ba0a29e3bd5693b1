using Microsoft.Data.Sqlite;

namespace GcmBot.Digest.Sqlite;

/// <summary>
/// One open connection to the digest database and its write transaction, if any. Commands run
/// inside that transaction (Microsoft.Data.Sqlite requires each command to name it).
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IAsyncDisposable
{
    private SqliteTransaction? _transaction;

    /// <summary>BEGIN IMMEDIATE: takes the write lock now, so read-then-write cannot race another process.</summary>
    public void BeginWrite() => _transaction = connection.BeginTransaction(deferred: false);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await connection.DisposeAsync();
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
