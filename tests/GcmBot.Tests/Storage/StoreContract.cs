using GcmBot.Discord.Interactions;
using GcmBot.Digest;
using GcmBot.Teams.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Storage;

/// <summary>
/// What every store implementation must do, run against SQLite and PostgreSQL alike. Expectations come
/// from the interfaces' documented rules (one claim per day, leases on the caller's clock, changing a
/// subscription resumes it, ids kept for twice Discord:MaxSignatureAge), not from either implementation.
/// </summary>
public abstract class StoreContract
{
    private static readonly DateOnly Day = new(2026, 12, 4);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>The clock the replay guard reads; tests move it.</summary>
    internal FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    internal abstract Task<ISubscriptionStore> SubscriptionsAsync();

    internal abstract Task<ISendLedger> LedgerAsync();

    internal abstract Task<IConversationReferenceStore> ConversationsAsync();

    /// <summary>A replay guard keeping ids for 10 minutes (MaxSignatureAge 5 minutes), on <see cref="Time"/>.</summary>
    internal abstract Task<IInteractionReplayGuard> ReplayGuardAsync();

    private DateTimeOffset Now => Time.GetUtcNow();

    [Fact]
    public async Task Subscription_SavedThenChanged_FoundWithTheNewValuesAndResumed()
    {
        var store = await SubscriptionsAsync();
        var ledger = await LedgerAsync();
        var first = await store.SaveAsync("discord", "c-1", new TimeOnly(8, 30), "Europe/Berlin", Now, default);
        await ledger.MarkGoneAsync(first.Id, Day, "refused", default);
        Assert.True((await store.FindAsync("discord", "c-1", default))!.Paused);

        var changed = await store.SaveAsync("discord", "c-1", new TimeOnly(9, 15), "UTC", Now, default);

        var found = await store.FindAsync("discord", "c-1", default);
        Assert.Equal(first.Id, changed.Id);
        Assert.Equal(changed, found);
        Assert.Equal((new TimeOnly(9, 15), "UTC", false, (string?)null), (found!.LocalTime, found.TimeZoneId, found.Paused, found.PausedReason));
        Assert.Equal(Now.ToUnixTimeMilliseconds(), found.StartsAtUtc.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Subscription_Removed_GoneAndSecondRemoveSaysSo()
    {
        var store = await SubscriptionsAsync();
        await store.SaveAsync("teams", "c-2", new TimeOnly(7, 0), "UTC", Now, default);

        Assert.True(await store.RemoveAsync("teams", "c-2", default));
        Assert.False(await store.RemoveAsync("teams", "c-2", default));
        Assert.Null(await store.FindAsync("teams", "c-2", default));
    }

    [Fact]
    public async Task Active_LeavesOutPausedSubscriptions_OldestFirst()
    {
        var store = await SubscriptionsAsync();
        var a = await store.SaveAsync("discord", "a-3", new TimeOnly(7, 0), "UTC", Now, default);
        var b = await store.SaveAsync("discord", "b-3", new TimeOnly(7, 0), "UTC", Now, default);
        var c = await store.SaveAsync("discord", "c-3", new TimeOnly(7, 0), "UTC", Now, default);
        await (await LedgerAsync()).MarkGoneAsync(b.Id, Day, "refused", default);

        var active = (await store.ActiveAsync(default)).Select(s => s.Id).Where(id => id == a.Id || id == b.Id || id == c.Id);

        Assert.Equal([a.Id, c.Id], active);
    }

    [Fact]
    public async Task Claim_HeldUntilTheLeaseRunsOut_ThenTakenOver()
    {
        var (ledger, id) = await SubscribedAsync("c-4");

        Assert.True(await ledger.TryClaimAsync(id, Day, "A", Now, Lease, default));
        Assert.False(await ledger.TryClaimAsync(id, Day, "B", Now + Lease - TimeSpan.FromMilliseconds(1), Lease, default));
        Assert.True(await ledger.TryClaimAsync(id, Day, "B", Now + Lease, Lease, default));
        Assert.True(await ledger.TryClaimAsync(id, Day.AddDays(1), "A", Now, Lease, default));
    }

    [Fact]
    public async Task Claim_PausedOrUnknownSubscription_Refused()
    {
        var (ledger, id) = await SubscribedAsync("c-5");
        await ledger.MarkGoneAsync(id, Day.AddDays(-1), "refused", default);

        Assert.False(await ledger.TryClaimAsync(id, Day, "A", Now, Lease, default));
        Assert.False(await ledger.TryClaimAsync(id + 100_000, Day, "A", Now, Lease, default));
    }

    [Fact]
    public async Task Claim_ManyOwnersAtOnce_ExactlyOneWins()
    {
        var (ledger, id) = await SubscribedAsync("c-6");

        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => ledger.TryClaimAsync(id, Day, $"owner-{i}", Now, Lease, default))));

        Assert.Single(wins, won => won);
    }

    [Theory]
    [InlineData(true, "sent")]
    [InlineData(false, "unconfirmed")]
    public async Task Sent_DayIsClosedAndRecordedOnTheSubscription(bool confirmed, string status)
    {
        var conversation = "c-7-" + status;
        var (ledger, id) = await SubscribedAsync(conversation);
        await ledger.TryClaimAsync(id, Day, "A", Now, Lease, default);

        await ledger.MarkSentAsync(id, Day, Now, confirmed, default);

        Assert.False(await ledger.TryClaimAsync(id, Day, "B", Now + (10 * Lease), Lease, default));
        Assert.Equal(status, (await ledger.LatestAsync(id, default))!.Status);
        Assert.Equal(Day, (await (await SubscriptionsAsync()).FindAsync("discord", conversation, default))!.LastSentLocalDate);
    }

    [Fact]
    public async Task Deferred_RetriedAfterTheDelay_GivenUpAtTheLastAttempt()
    {
        var (ledger, id) = await SubscribedAsync("c-8");
        var delay = TimeSpan.FromMinutes(3);
        await ledger.TryClaimAsync(id, Day, "A", Now, Lease, default);

        Assert.Null(await ledger.DeferAsync(id, Day, "B", Now, 2, _ => delay, default));
        var first = await ledger.DeferAsync(id, Day, "A", Now, 2, _ => delay, default);
        Assert.Equal(new RetryPlan(1, Now + delay), first);
        Assert.False(await ledger.TryClaimAsync(id, Day, "B", Now + delay - TimeSpan.FromMilliseconds(1), Lease, default));
        Assert.True(await ledger.TryClaimAsync(id, Day, "B", Now + delay, Lease, default));
        var last = await ledger.DeferAsync(id, Day, "B", Now + delay, 2, _ => delay, default);

        Assert.Equal(new RetryPlan(2, null), last);
        Assert.Equal(("failed", 2), ((await ledger.LatestAsync(id, default))!.Status, (await ledger.LatestAsync(id, default))!.Attempts));
        Assert.False(await ledger.TryClaimAsync(id, Day, "C", Now + TimeSpan.FromDays(1), Lease, default));
    }

    [Fact]
    public async Task Conversation_SavedFoundWelcomedOnceAndRemoved()
    {
        var store = await ConversationsAsync();
        var at = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        var reference = new ConversationReference("19:conv", "https://smba.example/teams/", "msteams", "bot-1", "GcmBot", "tenant-1", "channel", at);
        await store.SaveAsync(reference, default);

        Assert.Equal(reference, await store.FindAsync("19:conv", default));
        Assert.True(await store.TryMarkWelcomedAsync("19:conv", at, default));
        Assert.False(await store.TryMarkWelcomedAsync("19:conv", at.AddMinutes(1), default));

        // A later save without tenant or type keeps them, and keeps the welcome mark.
        await store.SaveAsync(reference with { TenantId = null, ConversationType = null, UpdatedAt = at.AddHours(1) }, default);
        Assert.Equal(reference with { UpdatedAt = at.AddHours(1), WelcomedAt = at }, await store.FindAsync("19:conv", default));

        Assert.True(await store.RemoveAsync("19:conv", default));
        Assert.Null(await store.FindAsync("19:conv", default));
    }

    [Fact]
    public async Task ReplayGuard_RefusesARepeatWithinTwiceTheSignatureAge_AcceptsAfter()
    {
        var guard = await ReplayGuardAsync();
        var id = Guid.NewGuid().ToString("N");

        Assert.Equal(ReplayVerdict.Accepted, await guard.TryAcceptAsync(id, default));
        Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(ReplayVerdict.Replayed, await guard.TryAcceptAsync(id, default));
        Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(ReplayVerdict.Accepted, await guard.TryAcceptAsync(id, default));
    }

    private async Task<(ISendLedger Ledger, long Id)> SubscribedAsync(string conversation)
    {
        var subscription = await (await SubscriptionsAsync()).SaveAsync("discord", conversation, new TimeOnly(7, 0), "UTC", Now, default);
        return (await LedgerAsync(), subscription.Id);
    }
}
