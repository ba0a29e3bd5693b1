using GcmBot.Digest.Sqlite;

namespace GcmBot.Tests.Digest;

/// <summary>Subscriptions in a real SQLite file survive a restart (a new store on the same file).</summary>
public sealed class SubscriptionStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly string _directory = TestPaths.NewTempDirectory("digest-store");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task SaveAsync_ThenRestart_SubscriptionIsStillThere()
    {
        await NewStore().SaveAsync("discord", "123", new TimeOnly(8, 30), "Europe/Zurich", Now, CancellationToken.None);

        var found = await NewStore().FindAsync("discord", "123", CancellationToken.None);

        Assert.Equal(
            ("discord", "123", new TimeOnly(8, 30), "Europe/Zurich", Now, false, (DateOnly?)null),
            (found!.Surface, found.ConversationId, found.LocalTime, found.TimeZoneId, found.StartsAtUtc, found.Paused, found.LastSentLocalDate));
    }

    [Fact]
    public async Task SaveAsync_SameConversationAgain_UpdatesTheOneRowAndKeepsLastSent()
    {
        var store = NewStore();
        var first = await store.SaveAsync("teams", "a:1", new TimeOnly(9, 0), "UTC", Now, CancellationToken.None);
        await new SqliteSendLedger(Database()).TryClaimAsync(first.Id, new DateOnly(2026, 11, 22), "me", Now, TimeSpan.FromMinutes(5), CancellationToken.None);
        await new SqliteSendLedger(Database()).MarkSentAsync(first.Id, new DateOnly(2026, 11, 22), Now, confirmed: true, CancellationToken.None);

        var second = await store.SaveAsync("teams", "a:1", new TimeOnly(7, 15), "Africa/Nairobi", Now.AddHours(1), CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal((new TimeOnly(7, 15), "Africa/Nairobi", (DateOnly?)new DateOnly(2026, 11, 22)), (second.LocalTime, second.TimeZoneId, second.LastSentLocalDate));
        Assert.Single(await store.ActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SameConversationIdOnTwoSurfaces_AreTwoSubscriptions()
    {
        var store = NewStore();
        await store.SaveAsync("discord", "42", new TimeOnly(9, 0), "UTC", Now, CancellationToken.None);
        await store.SaveAsync("teams", "42", new TimeOnly(9, 0), "UTC", Now, CancellationToken.None);

        Assert.Equal(2, (await store.ActiveAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RemoveAsync_ThenRestart_Gone()
    {
        await NewStore().SaveAsync("discord", "123", new TimeOnly(9, 0), "UTC", Now, CancellationToken.None);

        Assert.True(await NewStore().RemoveAsync("discord", "123", CancellationToken.None));
        Assert.False(await NewStore().RemoveAsync("discord", "123", CancellationToken.None));
        Assert.Null(await NewStore().FindAsync("discord", "123", CancellationToken.None));
    }

    [Fact]
    public async Task MarkGoneAsync_ThenRestart_PausedAndNotActiveUntilSavedAgain()
    {
        var subscription = await NewStore().SaveAsync("discord", "123", new TimeOnly(9, 0), "UTC", Now, CancellationToken.None);
        var ledger = new SqliteSendLedger(Database());
        await ledger.TryClaimAsync(subscription.Id, new DateOnly(2026, 11, 22), "me", Now, TimeSpan.FromMinutes(5), CancellationToken.None);
        await ledger.MarkGoneAsync(subscription.Id, new DateOnly(2026, 11, 22), "discord refused the post", CancellationToken.None);

        var paused = await NewStore().FindAsync("discord", "123", CancellationToken.None);
        Assert.Equal((true, "discord refused the post"), (paused!.Paused, paused.PausedReason));
        Assert.Empty(await NewStore().ActiveAsync(CancellationToken.None));

        var resumed = await NewStore().SaveAsync("discord", "123", new TimeOnly(9, 0), "UTC", Now, CancellationToken.None);
        Assert.Equal((false, (string?)null), (resumed.Paused, resumed.PausedReason));
    }

    private SqliteDigestDatabase Database() => new(Path.Combine(_directory, "gcmbot.db"));

    private SqliteSubscriptionStore NewStore() => new(Database());
}
