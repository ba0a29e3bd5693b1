using GcmBot.Digest;

namespace GcmBot.Storage.Postgres;

/// <summary>Digest subscriptions in PostgreSQL: what one replica saves, every other replica sees.</summary>
internal sealed class PostgresSubscriptionStore(PostgresDatabase database) : ISubscriptionStore
{
    private const string Columns = SubscriptionColumns.List;

    public async Task<DigestSubscription> SaveAsync(
        string surface, string conversationId, TimeOnly localTime, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            $"""
            INSERT INTO subscriptions (surface, conversation_id, local_time, time_zone, starts_at)
            VALUES (@surface, @conversation, @time, @zone, @now)
            ON CONFLICT (surface, conversation_id) DO UPDATE SET
                local_time = excluded.local_time, time_zone = excluded.time_zone, starts_at = excluded.starts_at,
                paused = FALSE, paused_reason = NULL
            RETURNING {Columns};
            """,
            cancellationToken,
            ("surface", surface),
            ("conversation", conversationId),
            ("time", new TimeOnly(localTime.Hour, localTime.Minute)),
            ("zone", timeZoneId),
            ("now", now.ToUnixTimeMilliseconds()));
        return rows[0];
    }

    public async Task<bool> RemoveAsync(string surface, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresCommand.ExecuteAsync(
            connection,
            "DELETE FROM subscriptions WHERE surface = @surface AND conversation_id = @conversation;",
            cancellationToken,
            ("surface", surface),
            ("conversation", conversationId)) > 0;
    }

    public async Task<DigestSubscription?> FindAsync(string surface, string conversationId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            $"SELECT {Columns} FROM subscriptions WHERE surface = @surface AND conversation_id = @conversation;",
            cancellationToken,
            ("surface", surface),
            ("conversation", conversationId));
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<DigestSubscription>> ActiveAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM subscriptions WHERE NOT paused ORDER BY id;", cancellationToken);

    private async Task<IReadOnlyList<DigestSubscription>> QueryAsync(
        string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresCommand.Create(connection, sql, parameters);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DigestSubscription>();
        while (await row.ReadAsync(cancellationToken))
        {
            rows.Add(new DigestSubscription(
                row.GetInt64(0),
                row.GetString(1),
                row.GetString(2),
                row.GetFieldValue<TimeOnly>(3),
                row.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)),
                row.GetBoolean(6),
                row.IsDBNull(7) ? null : row.GetString(7),
                row.IsDBNull(8) ? null : row.GetFieldValue<DateOnly>(8)));
        }

        return rows;
    }
}
