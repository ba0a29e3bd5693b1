using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GcmBot.Digest.Sqlite;

/// <summary>
/// The digest's SQLite file: created on first use and brought to the current schema version once
/// per process. Several processes may share the file: migration runs in a write transaction. A
/// locked file is waited for up to <paramref name="busyTimeout"/> (30 s by default) before a command fails.
/// </summary>
internal sealed class SqliteDigestDatabase(string path, TimeSpan? busyTimeout = null) : IDigestDatabase
{
    private readonly int _busyMilliseconds = (int)(busyTimeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds;

    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    public string Path { get; } = path;

    public string Setting => "Digest:DatabasePath";

    public string Location => Path;

    public bool IsLocalFile => true;

    /// <summary>The schema version once this process has opened and migrated the file; null before.</summary>
    public int? SchemaVersion => _migrated ? SqliteMigrations.Scripts.Count : null;

    public async Task<SqliteSession> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }

        return await ConnectAsync(cancellationToken);
    }

    /// <summary>Applies the scripts the file has not seen yet; returns the schema version.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateLock.WaitAsync(cancellationToken);
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var session = await ConnectAsync(cancellationToken);
            await session.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken);
            session.BeginWrite();
            await session.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);
            var version = Convert.ToInt32(
                await session.ScalarAsync("SELECT COALESCE(MAX(version), 0) FROM schema_version;", cancellationToken),
                CultureInfo.InvariantCulture);
            if (version > SqliteMigrations.Scripts.Count)
            {
                throw new InvalidOperationException(
                    $"{Path} has digest schema version {version}; this build knows up to {SqliteMigrations.Scripts.Count}. Use a newer build or another Digest:DatabasePath.");
            }

            for (var next = version + 1; next <= SqliteMigrations.Scripts.Count; next++)
            {
                await session.ExecuteAsync(SqliteMigrations.Scripts[next - 1], cancellationToken);
                await session.ExecuteAsync("INSERT INTO schema_version (version) VALUES ($v);", cancellationToken, ("$v", next));
            }

            await session.CommitAsync(cancellationToken);
            _migrated = true;
            return SqliteMigrations.Scripts.Count;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    /// <summary>
    /// Whether a write could start now: takes the write lock and gives it back at once. False (with
    /// SQLite's reason) when the file is locked past the timeout, read-only, or cannot be opened.
    /// </summary>
    public async Task<(bool Writable, string Reason)> ProbeWriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!_migrated)
            {
                await MigrateAsync(cancellationToken);
            }

            // A short wait: a health check must answer quickly, and a lock held this long is news.
            await using var session = await ConnectAsync(cancellationToken, busyMilliseconds: 1000);
            session.BeginWrite();
            await session.ExecuteAsync("UPDATE schema_version SET version = version WHERE 0;", cancellationToken);
            return (true, "writable");
        }
        catch (SqliteException ex)
        {
            return (false, ex.Message);
        }
    }

    /// <summary>SQLite's PRAGMA quick_check: "ok", or the first problem it reports.</summary>
    public async Task<string> QuickCheckAsync(CancellationToken cancellationToken)
    {
        await using var session = await ConnectAsync(cancellationToken);
        return Convert.ToString(await session.ScalarAsync("PRAGMA quick_check(1);", cancellationToken), CultureInfo.InvariantCulture) ?? "no answer";
    }

    private async Task<SqliteSession> ConnectAsync(CancellationToken cancellationToken, int? busyMilliseconds = null)
    {
        var busy = busyMilliseconds ?? _busyMilliseconds;
        // No pooling: the file may be shared with another process, and tests delete it afterwards.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, busy / 1000),
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        var session = new SqliteSession(connection);
        await session.ExecuteAsync($"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busy};", cancellationToken);
        return session;
    }
}
