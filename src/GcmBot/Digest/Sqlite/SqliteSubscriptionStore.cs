using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GcmBot.Digest.Sqlite;

/// <summary>Digest subscriptions, one per (surface, conversation), kept in the digest database.</summary>
internal sealed class SqliteSubscriptionStore(SqliteDigestDatabase database) : ISubscriptionStore
{
    private const string Columns = SubscriptionColumns.List;

    /// <summary>Creates or changes the subscription; changing it also resumes a paused one.</summary>
    public async Task<DigestSubscription> SaveAsync(
        string surface, string conversationId, TimeOnly localTime, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var rows = await session.QueryAsync(
            $"""
            INSERT INTO subscriptions (surface, conversation_id, local_time, time_zone, starts_at)
            VALUES ($surface, $conversation, $time, $zone, $now)
            ON CONFLICT (surface, conversation_id) DO UPDATE SET
                local_time = excluded.local_time, time_zone = excluded.time_zone, starts_at = excluded.starts_at,
                paused = 0, paused_reason = NULL
            RETURNING {Columns};
            """,
            Read,
            cancellationToken,
            ("$surface", surface),
            ("$conversation", conversationId),
            ("$time", localTime.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ("$zone", timeZoneId),
            ("$now", now.ToUnixTimeMilliseconds()));
        return rows[0];
    }

    public async Task<bool> RemoveAsync(string surface, string conversationId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.ExecuteAsync(
            "DELETE FROM subscriptions WHERE surface = $surface AND conversation_id = $conversation;",
            cancellationToken,
            ("$surface", surface),
            ("$conversation", conversationId)) > 0;
    }

    public async Task<DigestSubscription?> FindAsync(string surface, string conversationId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var rows = await session.QueryAsync(
            $"SELECT {Columns} FROM subscriptions WHERE surface = $surface AND conversation_id = $conversation;",
            Read,
            cancellationToken,
            ("$surface", surface),
            ("$conversation", conversationId));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<DigestSubscription>> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.QueryAsync($"SELECT {Columns} FROM subscriptions WHERE paused = 0 ORDER BY id;", Read, cancellationToken);
    }

    private static DigestSubscription Read(SqliteDataReader row) => new(
        row.GetInt64(0),
        row.GetString(1),
        row.GetString(2),
        TimeOnly.ParseExact(row.GetString(3), "HH:mm", CultureInfo.InvariantCulture),
        row.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)),
        row.GetInt64(6) != 0,
        row.IsDBNull(7) ? null : row.GetString(7),
        row.IsDBNull(8) ? null : DateOnly.ParseExact(row.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
