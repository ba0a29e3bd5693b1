using System.Globalization;
using GcmBot.Digest;
using Npgsql;

namespace GcmBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL database every replica shares (Storage:ConnectionString). The schema is brought
/// forward once per process, under a transaction-scoped advisory lock, so replicas starting together
/// migrate one after the other and all but the first find nothing left to do.
/// </summary>
internal sealed class PostgresDatabase(NpgsqlDataSource source) : IDigestDatabase
{
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    public string Setting => StorageOptions.SectionName + ":ConnectionString";

    public string Location { get; } = Describe(source.ConnectionString);

    public bool IsLocalFile => false;

    public int? SchemaVersion => _migrated ? PostgresMigrations.Scripts.Count : null;

    /// <summary>An open connection to the migrated database; the caller disposes it.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await source.OpenConnectionAsync(cancellationToken);
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await source.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({PostgresMigrations.LockKey});", cancellationToken);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
            await using var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
            var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (version > PostgresMigrations.Scripts.Count)
            {
                throw new InvalidOperationException(
                    $"The database at {Setting} ({Location}) has schema version {version}; this build knows up to {PostgresMigrations.Scripts.Count}. Use a newer build.");
            }

            for (var next = version + 1; next <= PostgresMigrations.Scripts.Count; next++)
            {
                await ExecuteAsync(connection, PostgresMigrations.Scripts[next - 1], cancellationToken);
                await ExecuteAsync(connection, $"INSERT INTO schema_version (version) VALUES ({next});", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            _migrated = true;
            return PostgresMigrations.Scripts.Count;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    public async Task<(bool Writable, string Reason)> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, "UPDATE schema_version SET version = version WHERE FALSE;", cancellationToken);
            return (true, "writable");
        }
        catch (NpgsqlException e)
        {
            return (false, e.Message);
        }
    }

    /// <summary>PostgreSQL checks its own pages; this only says whether the server answers.</summary>
    public async Task<string> QuickCheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT 1;", cancellationToken);
        return "ok";
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Host, port and database: enough to find it, never the password.</summary>
    private static string Describe(string connectionString)
    {
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {parsed.Host}:{parsed.Port}/{parsed.Database ?? parsed.Username}";
    }
}
