using System.Globalization;

namespace GcmBot.Digest.Sqlite;

/// <summary>
/// The record of each (subscription, local day) digest: claimed before posting, then sent, retrying,
/// failed or gone. The primary key allows one row per day, so two schedulers (or a scheduler and
/// its own retry) can never both own a day; a claim whose lease ran out was left by a crashed
/// process and may be taken over.
/// </summary>
internal sealed class SqliteSendLedger(SqliteDigestDatabase database) : ISendLedger
{
    /// <summary>True when this owner now holds the day's send and must post it.</summary>
    public async Task<bool> TryClaimAsync(
        long subscriptionId, DateOnly day, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var changed = await session.ExecuteAsync(
            """
            INSERT INTO sends (subscription_id, local_date, status, owner, lease_until)
            SELECT $sub, $day, 'claimed', $owner, $until
            WHERE EXISTS (SELECT 1 FROM subscriptions WHERE id = $sub AND paused = 0)
            ON CONFLICT (subscription_id, local_date) DO UPDATE SET
                status = 'claimed', owner = excluded.owner, lease_until = excluded.lease_until
            WHERE (sends.status = 'claimed' AND sends.lease_until <= $now)
               OR (sends.status = 'retry' AND sends.next_attempt <= $now);
            """,
            cancellationToken,
            ("$sub", subscriptionId),
            ("$day", Day(day)),
            ("$owner", owner),
            ("$now", now.ToUnixTimeMilliseconds()),
            ("$until", (now + lease).ToUnixTimeMilliseconds()));
        return changed == 1;
    }

    /// <summary>Records the post, confirmed or not. Whoever holds the claim, the day is done: it is never posted again.</summary>
    public async Task MarkSentAsync(long subscriptionId, DateOnly day, DateTimeOffset now, bool confirmed, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        session.BeginWrite();
        await session.ExecuteAsync(
            "UPDATE sends SET status = $status, owner = NULL, sent_at = $now WHERE subscription_id = $sub AND local_date = $day;",
            cancellationToken,
            ("$sub", subscriptionId),
            ("$day", Day(day)),
            ("$now", now.ToUnixTimeMilliseconds()),
            ("$status", SendStatus.Posted(confirmed)));
        await session.ExecuteAsync(
            """
            UPDATE subscriptions SET last_sent_local_date = $day
            WHERE id = $sub AND (last_sent_local_date IS NULL OR last_sent_local_date < $day);
            """,
            cancellationToken,
            ("$sub", subscriptionId),
            ("$day", Day(day)));
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records a failed attempt: retry after <paramref name="delayFor"/>(attempts so far), or give the
    /// day up once <paramref name="maxAttempts"/> have failed. Null when the claim is no longer ours.
    /// </summary>
    public async Task<RetryPlan?> DeferAsync(
        long subscriptionId, DateOnly day, string owner, DateTimeOffset now, int maxAttempts, Func<int, TimeSpan> delayFor,
        CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        session.BeginWrite();
        var found = await session.ScalarAsync(
            "SELECT attempts FROM sends WHERE subscription_id = $sub AND local_date = $day AND owner = $owner AND status = 'claimed';",
            cancellationToken,
            ("$sub", subscriptionId),
            ("$day", Day(day)),
            ("$owner", owner));
        if (found is null)
        {
            return null;
        }

        var attempts = Convert.ToInt32(found, CultureInfo.InvariantCulture) + 1;
        var plan = new RetryPlan(attempts, attempts >= maxAttempts ? null : now + delayFor(attempts));
        await session.ExecuteAsync(
            """
            UPDATE sends SET attempts = $attempts, status = $status, owner = NULL, next_attempt = $next
            WHERE subscription_id = $sub AND local_date = $day;
            """,
            cancellationToken,
            ("$sub", subscriptionId),
            ("$day", Day(day)),
            ("$attempts", attempts),
            ("$status", plan.NextAttempt is null ? "failed" : "retry"),
            ("$next", plan.NextAttempt?.ToUnixTimeMilliseconds() ?? 0));
        await session.CommitAsync(cancellationToken);
        return plan;
    }

    /// <summary>The conversation no longer takes posts: close the day and pause the subscription.</summary>
    public async Task MarkGoneAsync(long subscriptionId, DateOnly day, string reason, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        session.BeginWrite();
        await session.ExecuteAsync(
            "UPDATE sends SET status = 'gone', owner = NULL WHERE subscription_id = $sub AND local_date = $day;",
            cancellationToken,
            ("$sub", subscriptionId),
            ("$day", Day(day)));
        await session.ExecuteAsync(
            "UPDATE subscriptions SET paused = 1, paused_reason = $reason WHERE id = $sub;",
            cancellationToken,
            ("$sub", subscriptionId),
            ("$reason", reason));
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>The most recent day's send of a subscription, for "digest status".</summary>
    public async Task<SendRecord?> LatestAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var rows = await session.QueryAsync(
            "SELECT local_date, status, attempts, next_attempt FROM sends WHERE subscription_id = $sub ORDER BY local_date DESC LIMIT 1;",
            row => new SendRecord(
                DateOnly.ParseExact(row.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.GetString(1),
                row.GetInt32(2),
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(3))),
            cancellationToken,
            ("$sub", subscriptionId));
        return rows.Count == 0 ? null : rows[0];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
