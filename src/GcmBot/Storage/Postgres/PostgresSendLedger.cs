using GcmBot.Digest;

namespace GcmBot.Storage.Postgres;

/// <summary>
/// The send ledger in PostgreSQL, shared by every replica. A day is claimed by inserting its row; a
/// claim whose lease ran out, or a retry that is due, is taken over with <c>FOR UPDATE SKIP LOCKED</c>,
/// so a replica never waits on a row another replica is taking over at that moment: it moves on.
/// </summary>
internal sealed class PostgresSendLedger(PostgresDatabase database) : ISendLedger
{
    private const string Active = "EXISTS (SELECT 1 FROM subscriptions WHERE id = @sub AND NOT paused)";

    public async Task<bool> TryClaimAsync(
        long subscriptionId, DateOnly day, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        (string, object?)[] parameters =
            [.. Key(subscriptionId, day), ("owner", owner), ("now", now.ToUnixTimeMilliseconds()), ("until", (now + lease).ToUnixTimeMilliseconds())];
        var inserted = await PostgresCommand.ExecuteAsync(
            connection,
            $"""
            INSERT INTO sends (subscription_id, local_date, status, owner, lease_until)
            SELECT @sub, @day, 'claimed', @owner, @until WHERE {Active}
            ON CONFLICT (subscription_id, local_date) DO NOTHING;
            """,
            cancellationToken,
            parameters);
        if (inserted == 1)
        {
            return true;
        }

        return await PostgresCommand.ExecuteAsync(
            connection,
            $"""
            UPDATE sends SET status = 'claimed', owner = @owner, lease_until = @until
            WHERE (subscription_id, local_date) IN (
                SELECT subscription_id, local_date FROM sends
                WHERE subscription_id = @sub AND local_date = @day
                  AND ((status = 'claimed' AND lease_until <= @now) OR (status = 'retry' AND next_attempt <= @now))
                FOR UPDATE SKIP LOCKED)
              AND {Active};
            """,
            cancellationToken,
            parameters) == 1;
    }

    public async Task MarkSentAsync(long subscriptionId, DateOnly day, DateTimeOffset now, bool confirmed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        (string, object?)[] parameters = [.. Key(subscriptionId, day), ("now", now.ToUnixTimeMilliseconds())];
        await PostgresCommand.ExecuteAsync(
            connection,
            "UPDATE sends SET status = @status, owner = NULL, sent_at = @now WHERE subscription_id = @sub AND local_date = @day;",
            cancellationToken,
            [.. parameters, ("status", SendStatus.Posted(confirmed))]);
        await PostgresCommand.ExecuteAsync(
            connection,
            "UPDATE subscriptions SET last_sent_local_date = @day WHERE id = @sub AND (last_sent_local_date IS NULL OR last_sent_local_date < @day);",
            cancellationToken,
            parameters);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<RetryPlan?> DeferAsync(
        long subscriptionId, DateOnly day, string owner, DateTimeOffset now, int maxAttempts, Func<int, TimeSpan> delayFor,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var find = PostgresCommand.Create(
            connection,
            "SELECT attempts FROM sends WHERE subscription_id = @sub AND local_date = @day AND owner = @owner AND status = 'claimed' FOR UPDATE;",
            [.. Key(subscriptionId, day), ("owner", owner)]);
        if (await find.ExecuteScalarAsync(cancellationToken) is not int found)
        {
            return null;
        }

        var attempts = found + 1;
        var plan = new RetryPlan(attempts, attempts >= maxAttempts ? null : now + delayFor(attempts));
        await PostgresCommand.ExecuteAsync(
            connection,
            "UPDATE sends SET attempts = @attempts, status = @status, owner = NULL, next_attempt = @next WHERE subscription_id = @sub AND local_date = @day;",
            cancellationToken,
            [.. Key(subscriptionId, day), ("attempts", attempts), ("status", plan.NextAttempt is null ? "failed" : "retry"), ("next", plan.NextAttempt?.ToUnixTimeMilliseconds() ?? 0L)]);
        await transaction.CommitAsync(cancellationToken);
        return plan;
    }

    public async Task MarkGoneAsync(long subscriptionId, DateOnly day, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresCommand.ExecuteAsync(
            connection,
            "UPDATE sends SET status = 'gone', owner = NULL WHERE subscription_id = @sub AND local_date = @day;",
            cancellationToken,
            Key(subscriptionId, day));
        await PostgresCommand.ExecuteAsync(
            connection,
            "UPDATE subscriptions SET paused = TRUE, paused_reason = @reason WHERE id = @sub;",
            cancellationToken,
            [.. Key(subscriptionId, day), ("reason", reason)]);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SendRecord?> LatestAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = PostgresCommand.Create(
            connection,
            "SELECT local_date, status, attempts, next_attempt FROM sends WHERE subscription_id = @sub ORDER BY local_date DESC LIMIT 1;",
            [("sub", subscriptionId)]);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        return await row.ReadAsync(cancellationToken)
            ? new SendRecord(row.GetFieldValue<DateOnly>(0), row.GetString(1), row.GetInt32(2), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(3)))
            : null;
    }

    private static (string Name, object? Value)[] Key(long subscriptionId, DateOnly day) => [("sub", subscriptionId), ("day", day)];
}
