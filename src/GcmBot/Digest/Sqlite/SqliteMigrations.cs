namespace GcmBot.Digest.Sqlite;

/// <summary>
/// The database schema, one script per version, applied in order. Never edit a released script:
/// add the next version instead, so every existing file can be brought forward.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // Version 1: subscriptions, and one row per (subscription, local day) claimed before posting,
        // so a day's digest can be claimed by one process only, and a retry knows what happened.
        """
        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            surface TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            local_time TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            starts_at INTEGER NOT NULL,
            paused INTEGER NOT NULL DEFAULT 0,
            paused_reason TEXT,
            last_sent_local_date TEXT,
            UNIQUE (surface, conversation_id)
        );
        CREATE TABLE sends (
            subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            status TEXT NOT NULL,
            owner TEXT,
            lease_until INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt INTEGER NOT NULL DEFAULT 0,
            sent_at INTEGER,
            PRIMARY KEY (subscription_id, local_date)
        );
        """,
    ];
}
