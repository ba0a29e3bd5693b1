using GcmBot.Digest.Sqlite;

namespace GcmBot.Tests.Digest;

/// <summary>Claims on a real SQLite file: one owner per (subscription, day), whatever the race.</summary>
public sealed class SendLedgerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private readonly string _path = Path.Combine(TestPaths.NewTempDirectory("digest-ledger"), "gcmbot.db");
    private long _subscription;

    public async Task InitializeAsync() =>
        _subscription = (await new SqliteSubscriptionStore(new SqliteDigestDatabase(_path))
            .SaveAsync("discord", "1", new TimeOnly(9, 0), "UTC", Now.AddDays(-1), CancellationToken.None)).Id;

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TryClaimAsync_ManyProcessesAtOnce_ExactlyOneWins()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            new SqliteSendLedger(new SqliteDigestDatabase(_path)).TryClaimAsync(_subscription, Today, $"p{i}", Now, Lease, CancellationToken.None))));

        Assert.Single(claims, won => won);
    }

    [Fact]
    public async Task TryClaimAsync_AfterSent_NeverAgain()
    {
        var ledger = new SqliteSendLedger(new SqliteDigestDatabase(_path));
        await ledger.TryClaimAsync(_subscription, Today, "a", Now, Lease, CancellationToken.None);
        await ledger.MarkSentAsync(_subscription, Today, Now, confirmed: true, CancellationToken.None);

        Assert.False(await ledger.TryClaimAsync(_subscription, Today, "b", Now.AddDays(1), Lease, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_StaleClaim_TakenOverByOneOnlyAfterTheLease()
    {
        var ledger = new SqliteSendLedger(new SqliteDigestDatabase(_path));
        await ledger.TryClaimAsync(_subscription, Today, "crashed", Now, Lease, CancellationToken.None);

        Assert.False(await ledger.TryClaimAsync(_subscription, Today, "b", Now + Lease - TimeSpan.FromSeconds(1), Lease, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(_subscription, Today, "b", Now + Lease, Lease, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(_subscription, Today, "c", Now + Lease, Lease, CancellationToken.None));
    }

    [Fact]
    public async Task DeferAsync_ClaimTakenOverMeanwhile_ReturnsNullAndLeavesTheNewOwner()
    {
        var ledger = new SqliteSendLedger(new SqliteDigestDatabase(_path));
        await ledger.TryClaimAsync(_subscription, Today, "slow", Now, Lease, CancellationToken.None);
        await ledger.TryClaimAsync(_subscription, Today, "other", Now + Lease, Lease, CancellationToken.None);

        var plan = await ledger.DeferAsync(_subscription, Today, "slow", Now + Lease, 3, _ => Lease, CancellationToken.None);

        Assert.Null(plan);
        Assert.Equal("claimed", (await ledger.LatestAsync(_subscription, CancellationToken.None))!.Status);
    }
}
