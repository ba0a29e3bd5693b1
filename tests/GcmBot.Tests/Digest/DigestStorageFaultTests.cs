using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Digest;
using GcmBot.Digest.Handlers;
using GcmBot.Digest.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace GcmBot.Tests.Digest;

/// <summary>
/// The subscription database locked, or refusing writes as when the disk is full: no subscription is
/// lost, no digest is posted twice, users are told when nothing changed, readiness says so, and
/// everything resumes by itself once the database takes writes again.
/// </summary>
public sealed class DigestStorageFaultTests : IDisposable
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);
    private readonly DigestHarness _harness = new(Nine.AddHours(-1));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RunOnce_PostedButLockedBeforeItIsRecorded_NeverPostedAgainThenRecorded()
    {
        await _harness.SubscribeAsync("discord", "c1", "09:00", "UTC");
        var dispatcher = Dispatcher(out var database);
        Microsoft.Data.Sqlite.SqliteConnection? lockHolder = null;
        _harness.Respond = async _ =>
        {
            lockHolder ??= await StorageFaults.HoldWriteLockAsync(_harness.DatabasePath);
            return Core.Delivery.PostOutcome.Sent;
        };

        _harness.Time.AdvanceTo(Nine);
        await dispatcher.RunOnceAsync(CancellationToken.None);
        var whileLocked = (dispatcher.UnrecordedSends, await new DigestHealthCheck(database, dispatcher, Microsoft.Extensions.Options.Options.Create(_harness.Options)).CheckHealthAsync(new HealthCheckContext()));
        await lockHolder!.DisposeAsync();

        // Two hours: far past the claim's five-minute lease, after which an unrecorded claim would be taken over and posted again.
        await _harness.RunUntilAsync(dispatcher, Nine.AddHours(2), TimeSpan.FromMinutes(10));

        Assert.Single(_harness.Posts);
        Assert.Equal(1, whileLocked.UnrecordedSends);
        Assert.Equal(HealthStatus.Degraded, whileLocked.Item2.Status);
        Assert.Equal(0, dispatcher.UnrecordedSends);
        Assert.Equal("sent", (await _harness.Ledger.LatestAsync(1, CancellationToken.None))!.Status);
        Assert.Equal(HealthStatus.Healthy, (await new DigestHealthCheck(database, dispatcher, Microsoft.Extensions.Options.Options.Create(_harness.Options)).CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [Fact]
    public async Task RunOnce_WritesRefusedAtPostTime_NothingPostedUntilTheyAreTakenThenOnce()
    {
        await _harness.SubscribeAsync("teams", "c1", "09:00", "UTC");
        await StorageFaults.InstallAsync(_harness.DatabasePath);
        await StorageFaults.SwitchAsync(_harness.DatabasePath, refuseWrites: true);
        var dispatcher = _harness.NewDispatcher();

        await _harness.RunUntilAsync(dispatcher, Nine.AddMinutes(30), TimeSpan.FromMinutes(1));
        var postsWhileRefused = _harness.Posts.Count;
        await StorageFaults.SwitchAsync(_harness.DatabasePath, refuseWrites: false);
        await _harness.RunUntilAsync(dispatcher, Nine.AddHours(3), TimeSpan.FromMinutes(1));

        Assert.Equal(0, postsWhileRefused);
        Assert.Equal(Nine.AddMinutes(30), Assert.Single(_harness.Posts).At);
        Assert.Contains(_harness.Log.Entries, e => e.EventName == "StorageUnavailable");
        Assert.DoesNotContain(_harness.Log.Entries, e => e.EventName == "TickFailed");
    }

    [Fact]
    public async Task Commands_WritesRefused_ToldNothingChangedAndEarlierSubscriptionsKept()
    {
        var kept = await _harness.SubscribeAsync("discord", "c1", "07:30", "Europe/Paris");
        await StorageFaults.InstallAsync(_harness.DatabasePath);
        await StorageFaults.SwitchAsync(_harness.DatabasePath, refuseWrites: true);

        var subscribe = await HandleAsync("subscribe 10:00 Asia/Tokyo", "c2");
        var unsubscribe = await HandleAsync("unsubscribe", "c1");
        var change = await HandleAsync("subscribe 11:00", "c1");
        await StorageFaults.SwitchAsync(_harness.DatabasePath, refuseWrites: false);
        var later = await HandleAsync("subscribe 10:00 Asia/Tokyo", "c2");

        Assert.All([subscribe, unsubscribe, change], r => Assert.Equal(("Digest not changed", ReplyKind.Error), (r.Title, r.Kind)));
        Assert.Contains("nothing was changed", ((TextBlock)subscribe.Blocks[0]).Text, StringComparison.Ordinal);
        Assert.Equal(kept, await _harness.Store.FindAsync("discord", "c1", CancellationToken.None));
        Assert.Equal(ReplyKind.Confirmation, later.Kind);
        Assert.Equal(2, (await _harness.Store.ActiveAsync(CancellationToken.None)).Count);
    }

    private DigestDispatcher Dispatcher(out SqliteDigestDatabase database)
    {
        // A short wait for locks, as a test cannot wait SQLite's default 30 seconds per attempt.
        database = new SqliteDigestDatabase(_harness.DatabasePath, TimeSpan.FromMilliseconds(200));
        return new DigestDispatcher(
            new SqliteSubscriptionStore(database),
            new SqliteSendLedger(database),
            _harness.Composer,
            [_harness.Discord.Object, _harness.Teams.Object],
            _harness.Time,
            Microsoft.Extensions.Options.Options.Create(_harness.Options),
            _harness.Meters.Metrics,
            _harness.Log);
    }

    private Task<Reply> HandleAsync(string arguments, string conversation) =>
        new DigestCommandHandler(
            new SqliteSubscriptionStore(new SqliteDigestDatabase(_harness.DatabasePath, TimeSpan.FromMilliseconds(200))),
            _harness.Ledger,
            _harness.Composer,
            [_harness.Discord.Object, _harness.Teams.Object],
            _harness.Time,
            NullLogger<DigestCommandHandler>.Instance)
        .HandleAsync(arguments, new Core.Routing.ChatContext(Surface.Discord, conversation, "u1", CanManageSubscriptions: true), CancellationToken.None);
}
