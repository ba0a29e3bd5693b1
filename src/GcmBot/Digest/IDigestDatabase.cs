namespace GcmBot.Digest;

/// <summary>The database behind the digest's stores: brought to the current schema once per process, and probed for health.</summary>
internal interface IDigestDatabase
{
    /// <summary>The setting that names this database, for log lines and /readyz (e.g. Digest:DatabasePath).</summary>
    string Setting { get; }

    /// <summary>Where it is: a file path, or host, port and database name (never a password).</summary>
    string Location { get; }

    /// <summary>The schema version once this process has migrated the database; null before.</summary>
    int? SchemaVersion { get; }

    /// <summary>
    /// A local file (SQLite) rather than a shared server. A file that fails to open or check is damaged and
    /// stays off until a restart; a server that cannot be reached is tried again at every tick. When it
    /// cannot be written, /readyz says Degraded for a file (nothing else could do better) and Unhealthy for
    /// a server (another replica can take the traffic).
    /// </summary>
    bool IsLocalFile { get; }

    /// <summary>Applies the scripts the database has not seen yet; returns the schema version.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Whether a write could start now, with the database's reason when not.</summary>
    Task<(bool Writable, string Reason)> ProbeWriteAsync(CancellationToken cancellationToken);

    /// <summary>"ok", or the first problem an integrity check reports.</summary>
    Task<string> QuickCheckAsync(CancellationToken cancellationToken);
}
