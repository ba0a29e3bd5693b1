using System.Data.Common;
using GcmBot.Core.Delivery;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// One scheduler run: finds the digests due now, claims each day before posting it and records the
/// outcome. Posts run side by side, each with its own time limit, so a slow or failing channel never
/// holds up another; a failure waits for its backoff in the database, not in this run. A post the
/// database then refuses to record (locked, read-only, disk full) is remembered here, never posted
/// again by this process, and recorded as soon as the database takes writes again.
/// </summary>
internal sealed class DigestDispatcher(
    ISubscriptionStore subscriptions,
    ISendLedger ledger,
    DigestComposer composer,
    IEnumerable<IReplyPoster> posters,
    TimeProvider time,
    IOptions<DigestOptions> options,
    GcmBotMetrics metrics,
    ILogger<DigestDispatcher> logger)
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    // Enumerated once a subscription is active: building the posters (REST and Connector clients with their retry
    // pipelines) is start-up work the first tick and /readyz, which build this dispatcher, need not do with none.
    private readonly Lazy<Dictionary<string, IReplyPoster>> _posters = new(() => posters.ToDictionary(p => p.Surface.Name, StringComparer.OrdinalIgnoreCase));
    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);
    private readonly UnrecordedSends _unrecorded = new(ledger, logger);

    /// <summary>Digests posted whose sending the database has not yet recorded.</summary>
    public int UnrecordedSends => _unrecorded.Count;

    public Task RunOnceAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken, cancellationToken);

    /// <param name="stopping">The app is stopping: claim no further day, but finish and record the posts already claimed.</param>
    /// <param name="abort">Cancels the posts under way too (the host's shutdown time limit); their claims' leases then cover them.</param>
    public async Task RunOnceAsync(CancellationToken stopping, CancellationToken abort)
    {
        var settings = options.Value;
        await _unrecorded.RetryAsync();
        var due = DueNow(await subscriptions.ActiveAsync(stopping), time.GetUtcNow());
        due.RemoveAll(send => _unrecorded.Contains(send.Subscription.Id, send.Day));
        if (due.Count > 0)
        {
            await SendAllAsync(due, settings, stopping, abort);
        }
    }

    // A method of its own: ReadyToRun code resolves the types a method mentions when it first runs, so a tick with
    // nothing due does not load System.Threading.Tasks.Parallel.
    private Task SendAllAsync(List<DueSend> due, DigestOptions settings, CancellationToken stopping, CancellationToken abort) =>
        Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentPosts, CancellationToken = abort },
            async (send, token) =>
            {
                if (!stopping.IsCancellationRequested)
                {
                    await SendIfClaimedAsync(send, settings, token);
                }
            });

    private List<DueSend> DueNow(IReadOnlyList<DigestSubscription> active, DateTimeOffset now)
    {
        var due = new List<DueSend>();
        foreach (var subscription in active)
        {
            if (!_posters.Value.TryGetValue(subscription.Surface, out var poster))
            {
                ReportOnce(subscription.Surface, () => logger.NoPoster(subscription.Surface));
                continue;
            }

            if (!TimeZones.TryFind(subscription.TimeZoneId, out var zone))
            {
                ReportOnce(subscription.TimeZoneId, () => logger.UnknownTimeZone(subscription.Id, subscription.TimeZoneId));
                continue;
            }

            if (DigestSchedule.DueDay(subscription, zone, now) is { } day && !(subscription.LastSentLocalDate >= day))
            {
                due.Add(new DueSend(subscription, poster, zone, day));
            }
        }

        return due;
    }

    private async Task SendIfClaimedAsync(DueSend send, DigestOptions settings, CancellationToken cancellationToken)
    {
        var (subscription, poster, zone, day) = send;
        var claimedAt = time.GetUtcNow();
        var claimed = false;
        if (!await TryRecordAsync(async () => claimed = await ledger.TryClaimAsync(subscription.Id, day, _owner, claimedAt, settings.ClaimLease, cancellationToken))
            || !claimed)
        {
            return;
        }

        // The lease runs from claimedAt, stamped before the claim's round trip: ending the post by half of it, counted from
        // there too, leaves the holder time to record the outcome before any other process may take the day over.
        var deadline = claimedAt + (settings.ClaimLease / 2);
        var outcome = await PostAsync(send, Compose(day, DigestSchedule.LocalDate(claimedAt, zone)), deadline, cancellationToken);

        // The post has happened (or not): record it even if the host is stopping, so it is not repeated.
        var now = time.GetUtcNow();
        switch (outcome)
        {
            case PostOutcome.Sent:
                metrics.DigestSent(subscription.Surface);
                logger.DigestSent(day, subscription.Surface, subscription.ConversationId);
                await _unrecorded.RecordAsync(subscription.Id, day, now, confirmed: true);
                break;
            case null:
                // At most once: the platform may have taken the post, and without an idempotency key another try could show it twice.
                metrics.DigestFailed(subscription.Surface, "unconfirmed");
                logger.DigestUnconfirmed(day, subscription.Surface, subscription.ConversationId, settings.ClaimLease / 2);
                await _unrecorded.RecordAsync(subscription.Id, day, now, confirmed: false);
                break;
            case PostOutcome.Gone:
                // Unrecorded, the claim simply runs out and the post is tried (and refused) again.
                metrics.DigestFailed(subscription.Surface, "gone");
                if (await TryRecordAsync(() => ledger.MarkGoneAsync(subscription.Id, day, $"{subscription.Surface} refused the post on {now:yyyy-MM-dd HH:mm} UTC", CancellationToken.None)))
                {
                    logger.SubscriptionPaused(subscription.Surface, subscription.ConversationId);
                }

                break;
            default:
                RetryPlan? plan = null;
                await TryRecordAsync(async () => plan = await ledger.DeferAsync(
                    subscription.Id, day, _owner, now, settings.MaxAttempts, settings.RetryDelay, CancellationToken.None));
                metrics.DigestFailed(subscription.Surface, plan is { NextAttempt: null } ? "given_up" : "retry");
                if (plan?.NextAttempt is { } next)
                {
                    logger.DigestRetry(day, subscription.Surface, subscription.ConversationId, plan.Attempts, next);
                }
                else if (plan is not null)
                {
                    logger.DigestGivenUp(day, subscription.Surface, subscription.ConversationId, plan.Attempts);
                }

                break;
        }
    }

    /// <returns>
    /// The poster's outcome; null when the post got no answer by <paramref name="deadline"/> and its poster has no
    /// idempotency key: it may or may not have been shown. With a key, such a post is simply retried (under the same key).
    /// </returns>
    private async Task<PostOutcome?> PostAsync(DueSend send, Reply reply, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var left = deadline - time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            // Claiming took up the time the post had: posting now could outlive the lease, so nothing is sent.
            logger.ClaimTooSlow(send.Day, send.Subscription.Surface, send.Subscription.ConversationId);
            return PostOutcome.Retry;
        }

        var idempotent = send.Poster as IIdempotentReplyPoster;
        using var timeout = new CancellationTokenSource(left, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync: stop waiting at the limit even if a poster ignores its token.
            // One key per subscription and day: a post repeated after a crash (here or on another replica) is not duplicated.
            var key = $"digest:{send.Subscription.Id}:{send.Day:yyyy-MM-dd}";
            var posting = idempotent is not null
                ? idempotent.PostAsync(send.Subscription.ConversationId, reply, key, linked.Token)
                : send.Poster.PostAsync(send.Subscription.ConversationId, reply, linked.Token);
            var outcome = await posting.WaitAsync(linked.Token);

            // A poster that turned its cancellation into a failure does not know whether the platform took the post either.
            return outcome == PostOutcome.Retry && timeout.IsCancellationRequested && idempotent is null ? null : outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Shutting down mid-post: the lease runs out and the day is retried after restart.
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return idempotent is null ? null : PostOutcome.Retry;
        }
        catch (Exception e)
        {
            // Whatever a poster throws is this channel's problem, never the other channels'.
            logger.PostFailed(e, send.Subscription.Surface, send.Subscription.ConversationId);
            return PostOutcome.Retry;
        }
    }

    /// <summary>
    /// A database step whose failure must stay with this one send: an exception here would cancel the
    /// other posts of the run mid-flight. The next tick, or the claim's lease running out, tries again.
    /// </summary>
    private async Task<bool> TryRecordAsync(Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (DbException e)
        {
            logger.StorageUnavailable(StorageErrors.Describe(e));
            return false;
        }
    }

    private Reply Compose(DateOnly day, DateOnly today)
    {
        var reply = composer.Compose(day);
        return day >= today
            ? reply
            : reply with
            {
                Blocks = [new TextBlock($"Sent late: this is the digest for {MilestoneWording.Date(day)}, which the bot could not post on time."), .. reply.Blocks],
            };
    }

    private void ReportOnce(string key, Action report)
    {
        lock (_reported)
        {
            if (!_reported.Add(key))
            {
                return;
            }
        }

        report();
    }

    private sealed record DueSend(DigestSubscription Subscription, IReplyPoster Poster, TimeZoneInfo Zone, DateOnly Day);
}
