using GcmBot.Digest.Sqlite;
using GcmBot.Core.Delivery;
using GcmBot.Digest;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Digest;

/// <summary>The BackgroundService loop itself, driven by the fake clock's timers.</summary>
public sealed class DigestSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly DigestHarness _harness = new(Nine.AddMinutes(-3));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task ExecuteAsync_ClockPassesTheTimes_CreatesTheDatabaseAndPostsOncePerSubscription()
    {
        var database = new SqliteDigestDatabase(_harness.DatabasePath);
        var log = new ListLogger<DigestScheduler>();
        using var scheduler = new DigestScheduler(
            _harness.NewDispatcher, database, new DigestStorageFault(), _harness.Time, Microsoft.Extensions.Options.Options.Create(_harness.Options), log);

        await scheduler.StartAsync(CancellationToken.None);
        // The tick timer exists before the database is opened (a server that is down is retried on it), so the
        // signal that start-up is over is the "started" line, written once the database is migrated and checked.
        await Eventually.WaitUntil(() => log.Entries.Any(e => e.EventName == "SchedulerStarted"));
        Assert.Equal(1, _harness.Time.WaitingTimers);
        Assert.True(File.Exists(_harness.DatabasePath));
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        await _harness.SubscribeAsync("teams", "probe", "09:05", "UTC");

        // Minute by minute; at 09:00 and 09:05 wait until the loop has posted, proving it ran those ticks.
        while (_harness.Time.GetUtcNow() < Nine.AddMinutes(10))
        {
            _harness.Time.Advance(_harness.Options.TickInterval);
            var expected = _harness.Time.GetUtcNow() >= Nine.AddMinutes(5) ? 2 : _harness.Time.GetUtcNow() >= Nine ? 1 : 0;
            await Eventually.WaitUntil(() => _harness.Posts.Count >= expected);
        }

        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal(
            [("c1", Nine), ("probe", Nine.AddMinutes(5))],
            _harness.Posts.Select(p => (p.Conversation, p.At)));
    }

    [Fact]
    public async Task StopAsync_PostUnderWay_FinishesItAndRecordsTheDayAsSent()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<PostOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _harness.Respond = _ =>
        {
            entered.TrySetResult();
            return release.Task;
        };
        var subscription = await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        using var scheduler = new DigestScheduler(
            _harness.NewDispatcher, _harness.Database, new DigestStorageFault(), _harness.Time, Microsoft.Extensions.Options.Options.Create(_harness.Options), new ListLogger<DigestScheduler>());
        await scheduler.StartAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => _harness.Time.WaitingTimers >= 1);
        _harness.Time.AdvanceTo(Nine);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = scheduler.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        release.SetResult(PostOutcome.Sent);
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        var send = await _harness.Ledger.LatestAsync(subscription.Id, CancellationToken.None);
        Assert.Equal("sent", send!.Status);
        Assert.Single(_harness.Posts);
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_NeverPosts()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        _harness.Options.Enabled = false;
        using var scheduler = new DigestScheduler(
            _harness.NewDispatcher, _harness.Database, new DigestStorageFault(), _harness.Time, Microsoft.Extensions.Options.Options.Create(_harness.Options), new ListLogger<DigestScheduler>());

        await scheduler.StartAsync(CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromHours(1));
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Empty(_harness.Posts);
        Assert.Equal(0, _harness.Time.WaitingTimers);
    }
}
