namespace GcmBot.Digest;

/// <summary>
/// The record of each (subscription, local day) digest: claimed before posting, then sent, retrying,
/// failed or gone. One row per day, so two processes can never both own a day; a claim whose lease
/// ran out (on the caller's <see cref="TimeProvider"/>) was left by a dead process and may be taken over.
/// </summary>
internal interface ISendLedger
{
    /// <summary>True when this owner now holds the day's send and must post it.</summary>
    Task<bool> TryClaimAsync(long subscriptionId, DateOnly day, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>
    /// Records the post. Whoever holds the claim, the day is done: it was posted ("sent"), or it may have been
    /// (<paramref name="confirmed"/> false: "unconfirmed", no answer in time), and is never posted again.
    /// </summary>
    Task MarkSentAsync(long subscriptionId, DateOnly day, DateTimeOffset now, bool confirmed, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt: retry after <paramref name="delayFor"/>(attempts so far), or give the
    /// day up once <paramref name="maxAttempts"/> have failed. Null when the claim is no longer ours.
    /// </summary>
    Task<RetryPlan?> DeferAsync(
        long subscriptionId, DateOnly day, string owner, DateTimeOffset now, int maxAttempts, Func<int, TimeSpan> delayFor,
        CancellationToken cancellationToken);

    /// <summary>The conversation no longer takes posts: close the day and pause the subscription.</summary>
    Task MarkGoneAsync(long subscriptionId, DateOnly day, string reason, CancellationToken cancellationToken);

    /// <summary>The most recent day's send of a subscription, for "digest status".</summary>
    Task<SendRecord?> LatestAsync(long subscriptionId, CancellationToken cancellationToken);
}
