using Microsoft.Data.Sqlite;

namespace GcmBot.Digest;

/// <summary>
/// The one rule for a broken store (issue 14): the feature goes off, everything else keeps answering,
/// /readyz reports the feature Unhealthy, and the log names the setting and the path. This holds the
/// digest's reason once its database failed to open, migrate or pass PRAGMA quick_check.
/// </summary>
internal sealed class DigestStorageFault
{
    private volatile string? _reason;
    private volatile bool _verified;

    /// <summary>True once the scheduler has opened the file and it passed quick_check; readiness waits for it.</summary>
    public bool Verified => _verified;

    public void MarkVerified() => _verified = true;

    /// <summary>Null while the database is usable.</summary>
    public string? Reason => _reason;

    public void Set(string reason) => _reason = reason;

    /// <summary>SQLITE_CORRUPT (11) or SQLITE_NOTADB (26): the file itself is damaged, not just busy.</summary>
    public static bool IsCorruption(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 11 or 26 };

    /// <summary>Exceptions that mean the file cannot be used, as opposed to a cancelled start.</summary>
    public static bool IsStorageFailure(Exception exception) =>
        exception is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException;
}
