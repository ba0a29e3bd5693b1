using GcmBot.Core.Delivery;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// One scheduler run: finds the digests due now, claims each day before posting it and records the
/// outcome. Posts run side by side, each with its own time limit, so a slow or failing channel never
/// holds up another; a failure waits for its backoff in the database, not in this run.
/// </summary>
internal sealed class DigestDispatcher(
    SubscriptionStore subscriptions,
    SendLedger ledger,
    DigestComposer composer,
    IEnumerable<IReplyPoster> posters,
    TimeProvider time,
    IOptions<DigestOptions> options,
    GcmBotMetrics metrics,
    ILogger<DigestDispatcher> logger)
{
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly Dictionary<string, IReplyPoster> _posters = posters.ToDictionary(p => p.Surface, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);

    public Task RunOnceAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken, cancellationToken);

    /// <param name="stopping">The app is stopping: claim no further day, but finish and record the posts already claimed.</param>
    /// <param name="abort">Cancels the posts under way too (the host's shutdown time limit); their claims' leases then cover them.</param>
    public async Task RunOnceAsync(CancellationToken stopping, CancellationToken abort)
    {
        var settings = options.Value;
        var due = DueNow(await subscriptions.ActiveAsync(stopping), time.GetUtcNow());
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentPosts, CancellationToken = abort },
            async (send, token) =>
            {
                if (!stopping.IsCancellationRequested)
                {
                    await SendIfClaimedAsync(send, settings, token);
                }
            });
    }

    private List<DueSend> DueNow(IReadOnlyList<DigestSubscription> active, DateTimeOffset now)
    {
        var due = new List<DueSend>();
        foreach (var subscription in active)
        {
            if (!_posters.TryGetValue(subscription.Surface, out var poster))
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
        if (!await ledger.TryClaimAsync(subscription.Id, day, _owner, claimedAt, settings.ClaimLease, cancellationToken))
        {
            return;
        }

        var outcome = await PostAsync(send, Compose(day, DigestSchedule.LocalDate(claimedAt, zone)), settings, cancellationToken);

        // The post has happened (or not): record it even if the host is stopping, so it is not repeated.
        var now = time.GetUtcNow();
        switch (outcome)
        {
            case PostOutcome.Sent:
                await ledger.MarkSentAsync(subscription.Id, day, now, CancellationToken.None);
                metrics.DigestSent(subscription.Surface);
                logger.DigestSent(day, subscription.Surface, subscription.ConversationId);
                break;
            case PostOutcome.Gone:
                await ledger.MarkGoneAsync(subscription.Id, day, $"{subscription.Surface} refused the post on {now:yyyy-MM-dd HH:mm} UTC", CancellationToken.None);
                metrics.DigestFailed(subscription.Surface, "gone");
                logger.SubscriptionPaused(subscription.Surface, subscription.ConversationId);
                break;
            default:
                var plan = await ledger.DeferAsync(
                    subscription.Id, day, _owner, now, settings.MaxAttempts, settings.RetryDelay, CancellationToken.None);
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

    private async Task<PostOutcome> PostAsync(DueSend send, Reply reply, DigestOptions settings, CancellationToken cancellationToken)
    {
        // Finish well inside the claim's lease, so no other process takes the day over mid-post.
        using var timeout = new CancellationTokenSource(settings.ClaimLease / 2, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // WaitAsync: stop waiting at the limit even if a poster ignores its token.
            return await send.Poster.PostAsync(send.Subscription.ConversationId, reply, linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Shutting down mid-post: the lease runs out and the day is retried after restart.
        }
        catch (Exception e)
        {
            // Whatever a poster throws is this channel's problem, never the other channels'.
            logger.PostFailed(e, send.Subscription.Surface, send.Subscription.ConversationId);
            return PostOutcome.Retry;
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
