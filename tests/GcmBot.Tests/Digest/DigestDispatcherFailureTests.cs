using GcmBot.Core.Delivery;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Digest;

/// <summary>Failed posts retry with backoff without holding up other channels; gone channels pause.</summary>
public sealed class DigestDispatcherFailureTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private readonly DigestHarness _harness = new(Nine.AddHours(-1));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RunOnce_PostFailsOnce_RetriedAfterBackoffThenPostedOnce()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        var calls = 0;
        _harness.Respond = _ => Task.FromResult(Interlocked.Increment(ref calls) == 1 ? PostOutcome.Retry : PostOutcome.Sent);

        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddHours(3), TimeSpan.FromMinutes(1));

        Assert.Equal([Nine, Nine + _harness.Options.RetryInitialDelay], _harness.PostsTo("c1").Select(p => p.At));
        var status = await _harness.Ledger.LatestAsync(1, CancellationToken.None);
        Assert.Equal(("sent", 1), (status!.Status, status.Attempts));
    }

    [Fact]
    public async Task RunOnce_PosterThrows_TreatedAsTransientAndRetried()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        var calls = 0;
        _harness.Respond = _ => Interlocked.Increment(ref calls) == 1
            ? throw new HttpRequestException("connection reset")
            : Task.FromResult(PostOutcome.Sent);

        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddHours(1), TimeSpan.FromMinutes(1));

        Assert.Equal(2, _harness.PostsTo("c1").Count);
        Assert.Contains(_harness.Log.Entries, e => e.EventName == "PostFailed");
    }

    [Fact]
    public async Task RunOnce_PostKeepsFailing_BacksOffExponentiallyThenGivesUpForTheDay()
    {
        _harness.Options.MaxAttempts = 4;
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        _harness.Respond = p => Task.FromResult(p.At < Nine.AddDays(1) ? PostOutcome.Retry : PostOutcome.Sent);

        var dispatcher = _harness.NewDispatcher();
        await _harness.RunUntilAsync(dispatcher, Nine.AddMinutes(40), TimeSpan.FromMinutes(1));
        await _harness.RunUntilAsync(dispatcher, Nine.AddDays(1).AddMinutes(1), TimeSpan.FromMinutes(20));

        // 5, 10 then 20 minutes between attempts; after the 4th failure the day is given up, and the next day posts.
        Assert.Equal(
            [Nine, Nine.AddMinutes(5), Nine.AddMinutes(15), Nine.AddMinutes(35), Nine.AddDays(1)],
            _harness.PostsTo("c1").Select(p => p.At));
        Assert.Contains(_harness.Log.Entries, e => e.EventName == "DigestGivenUp");
    }

    [Fact]
    public async Task RunOnce_OneChannelHangs_OtherChannelsStillPostInTheSameRun()
    {
        await _harness.SubscribeAsync("teams", "slow", "09:00", "UTC");
        await _harness.SubscribeAsync("discord", "fast", "09:00", "UTC");
        var release = new TaskCompletionSource<PostOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Respond = p => p.Conversation == "slow" ? release.Task : Task.FromResult(PostOutcome.Sent);
        _harness.Time.AdvanceTo(Nine);

        var run = _harness.NewDispatcher().RunOnceAsync(CancellationToken.None);

        // The fast channel's post is sent and recorded while the slow one still hangs.
        await Eventually.WaitUntil(async () =>
            (await _harness.Store.FindAsync("discord", "fast", CancellationToken.None))!.LastSentLocalDate == DateOnly.FromDateTime(Nine.Date));
        Assert.False(run.IsCompleted);
        release.SetResult(PostOutcome.Sent);
        await run;

        Assert.Single(_harness.PostsTo("fast"));
        Assert.Single(_harness.PostsTo("slow"));
    }

    [Fact]
    public async Task RunOnce_ChannelGone_PausesTheSubscriptionAndLogsIt()
    {
        await _harness.SubscribeAsync("discord", "gone", "09:00", "UTC");
        await _harness.SubscribeAsync("discord", "alive", "09:00", "UTC");
        _harness.Respond = p => Task.FromResult(p.Conversation == "gone" ? PostOutcome.Gone : PostOutcome.Sent);

        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddDays(2).AddHours(1), TimeSpan.FromMinutes(15));

        Assert.Single(_harness.PostsTo("gone"));
        Assert.Equal(3, _harness.PostsTo("alive").Count);
        var paused = await _harness.Store.FindAsync("discord", "gone", CancellationToken.None);
        Assert.True(paused!.Paused);
        var logged = Assert.Single(_harness.Log.Entries, e => e.EventName == "SubscriptionPaused");
        Assert.Contains("gone", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_GoneThenSubscribedAgain_Resumes()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        _harness.Respond = _ => Task.FromResult(PostOutcome.Gone);
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddHours(1), TimeSpan.FromMinutes(15));

        _harness.Respond = _ => Task.FromResult(PostOutcome.Sent);
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Nine.AddDays(1).AddHours(1), TimeSpan.FromMinutes(15));

        Assert.Equal([Nine, Nine.AddDays(1)], _harness.PostsTo("c1").Select(p => p.At));
        Assert.False((await _harness.Store.FindAsync("discord", "c1", CancellationToken.None))!.Paused);
    }
}
