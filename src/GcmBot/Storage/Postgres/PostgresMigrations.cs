namespace GcmBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, one script per version, applied in order under an advisory lock. Never edit a
/// released script: add the next version instead. Times are milliseconds of the app's TimeProvider, as in
/// the SQLite file, so lease expiry follows the same clock on every replica.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key the migrating replica holds ("GCMBOT" in ASCII).</summary>
    public const long LockKey = 0x47434D424F54;

    public static IReadOnlyList<string> Scripts { get; } =
    [
        // Version 1: what SQLite keeps in two files (subscriptions, sends, Teams conversations), plus the
        // Discord interaction ids that an in-memory guard keeps for one process.
        """
        CREATE TABLE subscriptions (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            surface TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            local_time TIME NOT NULL,
            time_zone TEXT NOT NULL,
            starts_at BIGINT NOT NULL,
            paused BOOLEAN NOT NULL DEFAULT FALSE,
            paused_reason TEXT,
            last_sent_local_date DATE,
            UNIQUE (surface, conversation_id)
        );
        CREATE TABLE sends (
            subscription_id BIGINT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
            local_date DATE NOT NULL,
            status TEXT NOT NULL,
            owner TEXT,
            lease_until BIGINT NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt BIGINT NOT NULL DEFAULT 0,
            sent_at BIGINT,
            PRIMARY KEY (subscription_id, local_date)
        );
        CREATE TABLE teams_conversations (
            conversation_id TEXT PRIMARY KEY,
            service_url TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            bot_id TEXT NOT NULL,
            bot_name TEXT,
            tenant_id TEXT,
            conversation_type TEXT,
            updated_at TIMESTAMPTZ NOT NULL,
            welcomed_at TIMESTAMPTZ
        );
        CREATE TABLE interaction_ids (
            id TEXT PRIMARY KEY,
            expires_at BIGINT NOT NULL
        );
        CREATE INDEX interaction_ids_expiry ON interaction_ids (expires_at);
        """,
    ];
}
