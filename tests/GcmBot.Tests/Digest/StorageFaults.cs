using Microsoft.Data.Sqlite;

namespace GcmBot.Tests.Digest;

/// <summary>
/// Faults of the digest's SQLite file, made from outside as another process would meet them: a write
/// lock held elsewhere (real SQLITE_BUSY), and writes refused the way a full disk or a read-only file
/// refuses them (every write statement fails and its transaction rolls back), switched on and off.
/// </summary>
internal static class StorageFaults
{
    private const string Refusal = "SELECT RAISE(ABORT, 'database or disk is full') WHERE (SELECT active FROM storage_fault);";

    /// <summary>Holds the write lock until disposed.</summary>
    public static async Task<SqliteConnection> HoldWriteLockAsync(string path)
    {
        var connection = await OpenAsync(path);
        await ExecuteAsync(connection, "BEGIN EXCLUSIVE;");
        return connection;
    }

    /// <summary>Installs (switched off) triggers that refuse every write to subscriptions and sends.</summary>
    public static async Task InstallAsync(string path)
    {
        await using var connection = await OpenAsync(path);
        var triggers = string.Concat(
            from table in new[] { "subscriptions", "sends" }
            from operation in new[] { "INSERT", "UPDATE", "DELETE" }
            select $"CREATE TRIGGER fault_{table}_{operation} BEFORE {operation} ON {table} BEGIN {Refusal} END;\n");
        await ExecuteAsync(connection, "CREATE TABLE storage_fault (active INTEGER NOT NULL); INSERT INTO storage_fault VALUES (0);\n" + triggers);
    }

    public static async Task SwitchAsync(string path, bool refuseWrites)
    {
        await using var connection = await OpenAsync(path);
        await ExecuteAsync(connection, $"UPDATE storage_fault SET active = {(refuseWrites ? 1 : 0)};");
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=5");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
