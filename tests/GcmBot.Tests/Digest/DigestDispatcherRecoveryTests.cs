using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Digest;

/// <summary>Restarts, downtime and two schedulers sharing one database: never twice, never a pile-up.</summary>
public sealed class DigestDispatcherRecoveryTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);
    private static readonly DateTimeOffset Day1 = new(2026, 11, 18, 0, 0, 0, TimeSpan.Zero);
    private readonly DigestHarness _harness = new(Day1.AddHours(8));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RunOnce_RestartMidDay_DoesNotPostTodayAgain()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddHours(12), Step);

        // The process restarts at noon: a new dispatcher with its own connections and identity.
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddDays(1).AddHours(12), Step);

        Assert.Equal([Day1.AddHours(9), Day1.AddDays(1).AddHours(9)], _harness.PostsTo("c1").Select(p => p.At));
    }

    [Fact]
    public async Task RunOnce_ThreeDaysDownRestartBeforeTheTime_ExactlyOneCatchUpForTheMissedDay()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddHours(10), Step);

        _harness.Time.AdvanceTo(Day1.AddDays(3).AddHours(8)); // down for days 2 and 3 and until 08:00 of day 4
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddDays(3).AddHours(8).AddMinutes(59), TimeSpan.FromMinutes(1));

        var catchUp = Assert.Single(_harness.PostsTo("c1"), p => p.At > Day1.AddHours(10));
        Assert.True(catchUp.IsLate);
        Assert.Equal("GCM review calendar — 20 November 2026", catchUp.Reply.Title);

        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddDays(3).AddHours(10), TimeSpan.FromMinutes(1));
        var regular = _harness.PostsTo("c1")[^1];
        Assert.Equal((Day1.AddDays(3).AddHours(9), false), (regular.At, regular.IsLate));
        Assert.Equal(3, _harness.PostsTo("c1").Count);
    }

    [Fact]
    public async Task RunOnce_ThreeDaysDownRestartAfterTheTime_OnlyTodaysDigest()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddHours(10), Step);

        _harness.Time.AdvanceTo(Day1.AddDays(3).AddHours(14));
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddDays(4).AddHours(8), Step);

        var catchUp = Assert.Single(_harness.PostsTo("c1"), p => p.At > Day1.AddHours(10));
        Assert.Equal((Day1.AddDays(3).AddHours(14), false), (catchUp.At, catchUp.IsLate));
        Assert.Equal("GCM review calendar — 21 November 2026", catchUp.Reply.Title);
    }

    [Fact]
    public async Task RunOnce_TwoSchedulersOnOneDatabaseRacing_OnePost()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        await _harness.SubscribeAsync("teams", "c2", "09:00", "UTC");
        var first = _harness.NewDispatcher();
        var second = _harness.NewDispatcher();

        while (_harness.Time.GetUtcNow() < Day1.AddDays(2).AddHours(10))
        {
            await Task.WhenAll(
                Task.Run(() => first.RunOnceAsync(CancellationToken.None)),
                Task.Run(() => second.RunOnceAsync(CancellationToken.None)));
            _harness.Time.Advance(Step);
        }

        Assert.Equal([Day1.AddHours(9), Day1.AddDays(1).AddHours(9), Day1.AddDays(2).AddHours(9)], _harness.PostsTo("c1").Select(p => p.At));
        Assert.Equal(3, _harness.PostsTo("c2").Count);
    }

    [Fact]
    public async Task RunOnce_SecondSchedulerRunsWhileTheFirstIsMidPost_DoesNotPostAgain()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        _harness.Time.AdvanceTo(Day1.AddHours(9));
        var release = new TaskCompletionSource<Core.Delivery.PostOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Respond = _ => release.Task;

        var inFlight = _harness.NewDispatcher().RunOnceAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => !_harness.Posts.IsEmpty);
        // Bounded: if the second scheduler wrongly posted too, it would wait on the same unreleased post.
        await _harness.NewDispatcher().RunOnceAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult(Core.Delivery.PostOutcome.Sent);
        await inFlight;
        await _harness.NewDispatcher().RunOnceAsync(CancellationToken.None);

        Assert.Single(_harness.Posts);
    }

    [Fact]
    public async Task RunOnce_ClaimLeftByACrashedProcess_RetriedOnceAfterTheLease()
    {
        var subscription = await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        _harness.Time.AdvanceTo(Day1.AddHours(9));

        // A process claimed today's digest and died before recording the outcome.
        Assert.True(await _harness.Ledger.TryClaimAsync(
            subscription.Id, DateOnly.FromDateTime(Day1.Date), "crashed", _harness.Time.GetUtcNow(), _harness.Options.ClaimLease, CancellationToken.None));
        await _harness.RunUntilAsync(_harness.NewDispatcher(), Day1.AddHours(12), TimeSpan.FromMinutes(1));

        var post = Assert.Single(_harness.Posts);
        Assert.Equal(Day1.AddHours(9) + _harness.Options.ClaimLease, post.At);
    }
}
