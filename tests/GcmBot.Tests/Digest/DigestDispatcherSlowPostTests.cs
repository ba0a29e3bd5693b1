using GcmBot.Core.Delivery;
using GcmBot.Digest;
using GcmBot.Digest.Sqlite;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Digest;

/// <summary>
/// A post slower than the claim allows, with two schedulers on one database (replicas A and B): the day is posted
/// at most once. Without an idempotency key a post that got no answer may have been shown, so it is not posted again.
/// </summary>
public sealed class DigestDispatcherSlowPostTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = DateOnly.FromDateTime(Nine.Date);
    private readonly DigestHarness _harness = new(Nine.AddHours(-1));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RunOnce_TeamsPostGetsNoAnswerInTime_NotPostedAgainByEitherReplica()
    {
        var subscription = await _harness.SubscribeAsync("teams", "c1", "09:00", "UTC");
        _harness.Time.AdvanceTo(Nine);
        var first = true;
        // The platform takes the first post but never answers (as Teams under load), ignoring the token; later posts are answered.
        _harness.Respond = _ => Interlocked.Exchange(ref first, false) ? new TaskCompletionSource<PostOutcome>().Task : Task.FromResult(PostOutcome.Sent);
        var (a, b) = (_harness.NewDispatcher(), _harness.NewDispatcher());

        var run = a.RunOnceAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => !_harness.Posts.IsEmpty); // the post's time limit is set before it starts
        _harness.Time.Advance(_harness.Options.ClaimLease / 2);
        await run;
        await RunBothUntilAsync(a, b, Nine.AddHours(1));

        var post = Assert.Single(_harness.PostsTo("c1"));
        Assert.Equal(Nine, post.At);
        Assert.Equal("unconfirmed", (await _harness.Ledger.LatestAsync(subscription.Id, CancellationToken.None))!.Status);
        Assert.Equal(Day, (await _harness.Store.FindAsync("teams", "c1", CancellationToken.None))!.LastSentLocalDate);
        Assert.Contains(_harness.Log.Entries, e => e.EventName == "DigestUnconfirmed");
        var failure = Assert.Single(_harness.Meters.Recorder.Of("gcmbot.digest.failures"));
        Assert.Equal(("teams", "unconfirmed"), (failure["surface"], failure["outcome"]));

        // The next day is posted as usual.
        _harness.Time.AdvanceTo(Nine.AddDays(1).AddMinutes(-1));
        await RunBothUntilAsync(a, b, Nine.AddDays(1).AddMinutes(2));
        Assert.Equal([Nine, Nine.AddDays(1)], _harness.PostsTo("c1").Select(p => p.At));
    }

    [Fact]
    public async Task RunOnce_ClaimTakesMoreThanHalfTheLease_NotPostedThenRetriedOnce()
    {
        await _harness.SubscribeAsync("teams", "c1", "09:00", "UTC");
        _harness.Time.AdvanceTo(Nine);
        var lease = _harness.Options.ClaimLease;
        // A post started while A's claim holds never answers; once the lease has run out, posts are answered.
        _harness.Respond = p => p.At < Nine + lease ? new TaskCompletionSource<PostOutcome>().Task : Task.FromResult(PostOutcome.Sent);
        // The claim's round trip takes 60 % of the lease (a loaded database): the claim was stamped at 09:00, so it lapses at 09:00 + lease.
        var slow = new SlowClaimLedger(new SqliteSendLedger(new SqliteDigestDatabase(_harness.DatabasePath)), () => _harness.Time.Advance(lease * 0.6));
        var (a, b) = (_harness.NewDispatcher(ledger: slow), _harness.NewDispatcher());

        var run = a.RunOnceAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => run.IsCompleted || _harness.Time.WaitingTimers > 0);
        _harness.Time.AdvanceTo(Nine + lease);
        await RunBothUntilAsync(b, b, Nine.AddHours(1));
        await run;

        var post = Assert.Single(_harness.PostsTo("c1"));
        Assert.Equal(Nine + (lease * 0.6) + _harness.Options.RetryInitialDelay, post.At);
        Assert.Contains(_harness.Log.Entries, e => e.EventName == "ClaimTooSlow");
        Assert.Equal("sent", (await _harness.Ledger.LatestAsync(1, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task RunOnce_IdempotentPostGetsNoAnswerInTime_RetriedUnderTheSameKey()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        _harness.Time.AdvanceTo(Nine);
        var first = true;
        _harness.Respond = _ => Interlocked.Exchange(ref first, false) ? new TaskCompletionSource<PostOutcome>().Task : Task.FromResult(PostOutcome.Sent);
        var poster = _harness.IdempotentPoster("discord").Object;
        var (a, b) = (_harness.NewDispatcher(discord: poster), _harness.NewDispatcher(discord: poster));

        var run = a.RunOnceAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => !_harness.Posts.IsEmpty); // the post's time limit is set before it starts
        _harness.Time.Advance(_harness.Options.ClaimLease / 2);
        await run;
        await RunBothUntilAsync(a, b, Nine.AddHours(1));

        var posts = _harness.PostsTo("c1");
        Assert.Equal([Nine, Nine + (_harness.Options.ClaimLease / 2) + _harness.Options.RetryInitialDelay], posts.Select(p => p.At));
        Assert.Single(posts.Select(p => p.Key).Distinct());
        Assert.Equal("sent", (await _harness.Ledger.LatestAsync(1, CancellationToken.None))!.Status);
        Assert.DoesNotContain(_harness.Log.Entries, e => e.EventName == "DigestUnconfirmed");
    }

    /// <summary>A and B each run once a minute, side by side, until <paramref name="until"/>.</summary>
    private async Task RunBothUntilAsync(DigestDispatcher a, DigestDispatcher b, DateTimeOffset until)
    {
        while (_harness.Time.GetUtcNow() < until)
        {
            await Task.WhenAll(a.RunOnceAsync(CancellationToken.None), b.RunOnceAsync(CancellationToken.None));
            _harness.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>A ledger whose claims take time: <paramref name="during"/> runs inside each claim's round trip.</summary>
    private sealed class SlowClaimLedger(ISendLedger inner, Action during) : ISendLedger
    {
        public async Task<bool> TryClaimAsync(long subscriptionId, DateOnly day, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
        {
            var claimed = await inner.TryClaimAsync(subscriptionId, day, owner, now, lease, cancellationToken);
            during();
            return claimed;
        }

        public Task MarkSentAsync(long subscriptionId, DateOnly day, DateTimeOffset now, bool confirmed, CancellationToken cancellationToken) =>
            inner.MarkSentAsync(subscriptionId, day, now, confirmed, cancellationToken);

        public Task<RetryPlan?> DeferAsync(
            long subscriptionId, DateOnly day, string owner, DateTimeOffset now, int maxAttempts, Func<int, TimeSpan> delayFor, CancellationToken cancellationToken) =>
            inner.DeferAsync(subscriptionId, day, owner, now, maxAttempts, delayFor, cancellationToken);

        public Task MarkGoneAsync(long subscriptionId, DateOnly day, string reason, CancellationToken cancellationToken) =>
            inner.MarkGoneAsync(subscriptionId, day, reason, cancellationToken);

        public Task<SendRecord?> LatestAsync(long subscriptionId, CancellationToken cancellationToken) => inner.LatestAsync(subscriptionId, cancellationToken);
    }
}
