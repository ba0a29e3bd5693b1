using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting.Memory;
using GcmBot.Hosting.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Hosting.RateLimiting;

public sealed class ChatRateLimiterTests
{
    private static readonly ChatContext Ana = new(Surface.Discord, "channel-1", "ana");
    private static readonly ChatContext Ben = new(Surface.Discord, "channel-1", "ben");

    [Fact]
    public void Check_PastThePersonsPermits_RefusedWithAFriendlyReplyTellingOnce()
    {
        var limiter = Limiter(userPermits: 2, conversationPermits: 100);

        var verdicts = Enumerable.Range(0, 5).Select(_ => limiter.Check(Ana)).ToList();

        Assert.Equal([true, true, false, false, false], verdicts.Select(v => v.IsAllowed));
        Assert.Equal([false, false, false, true, true], verdicts.Select(v => v.AlreadyTold));
        var refusal = verdicts[2].Refusal!;
        Assert.Equal((ReplyKind.Error, "One moment, please"), (refusal.Kind, refusal.Title));
        Assert.Contains("2 per person and 100 per conversation every 60 seconds", ((TextBlock)refusal.Blocks[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManyPeopleInOneConversation_LimitedByTheConversationsPermits()
    {
        var limiter = Limiter(userPermits: 10, conversationPermits: 3);

        var allowed = new[] { Ana, Ben, Ana, Ben }.Select(c => limiter.Check(c).IsAllowed).ToList();

        Assert.Equal([true, true, true, false], allowed);
    }

    [Fact]
    public void Check_SameIdsOnAnotherSurfaceOrConversation_SeparateBudgets()
    {
        var limiter = Limiter(userPermits: 1, conversationPermits: 1);

        Assert.True(limiter.Check(Ana).IsAllowed);
        Assert.True(limiter.Check(Ana with { Surface = Surface.Teams }).IsAllowed);
        Assert.True(limiter.Check(new ChatContext(Surface.Discord, "channel-2", "cleo")).IsAllowed);
        Assert.False(limiter.Check(Ana).IsAllowed);
    }

    [Fact]
    public void Check_AfterTheWindow_AllowedAgainAndToldAgainNextTime()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(userPermits: 1, conversationPermits: 100, window: TimeSpan.FromSeconds(60), time);
        Assert.True(limiter.Check(Ana).IsAllowed);
        Assert.False(limiter.Check(Ana).IsAllowed);
        Assert.True(limiter.Check(Ana).AlreadyTold);

        // One tick before the window ends it is still closed; at its end it opens, and the notice's window with it.
        time.Advance(TimeSpan.FromSeconds(60) - TimeSpan.FromTicks(1));
        Assert.False(limiter.Check(Ana).IsAllowed);
        time.Advance(TimeSpan.FromTicks(1));
        Assert.True(limiter.Check(Ana).IsAllowed);
        var refused = limiter.Check(Ana);
        Assert.False(refused.IsAllowed);
        Assert.False(refused.AlreadyTold);
    }

    [Fact]
    public void Check_RefusedByTheConversation_CostsThePersonNothing()
    {
        var limiter = Limiter(userPermits: 2, conversationPermits: 1);
        var elsewhere = Ana with { ConversationId = "channel-9" };

        Assert.True(limiter.Check(Ben).IsAllowed);
        Assert.False(limiter.Check(Ana).IsAllowed);

        // Ana's two permits are intact: the refusal above was the conversation's, not hers.
        Assert.True(limiter.Check(elsewhere).IsAllowed);
        Assert.False(limiter.Check(elsewhere).IsAllowed);
    }

    [Fact]
    public void Check_ManyPeopleOverTime_ForgetsWindowsThatEnded()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(userPermits: 5, conversationPermits: 5, window: TimeSpan.FromSeconds(60), time);
        for (var i = 0; i < 1_000; i++)
        {
            limiter.Check(new ChatContext(Surface.Local, $"address-{i}", $"address-{i}"));
        }

        // 1,000 people and 1,000 conversations are in their windows.
        Assert.Equal(2_000, limiter.TrackedKeys);

        time.Advance(TimeSpan.FromSeconds(61));
        limiter.Check(Ana);

        // Only Ana and her conversation are left: every other window ended and was swept.
        Assert.Equal(2, limiter.TrackedKeys);
    }

    [Fact]
    public void SweepIdle_WithNoFurtherMessage_ForgetsOnlyTheWindowsThatEnded()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(userPermits: 5, conversationPermits: 5, window: TimeSpan.FromSeconds(60), time);
        for (var i = 0; i < 1_000; i++)
        {
            limiter.Check(new ChatContext(Surface.Local, $"address-{i}", $"address-{i}"));
        }

        time.Advance(TimeSpan.FromSeconds(30));
        limiter.Check(Ana);
        Assert.Equal(2_002, limiter.TrackedKeys);

        // At 61 s the 1,000 people's windows (opened at 0 s, 60 s long) have ended; Ana's (opened at 30 s) has not.
        // The idle sweep forgets the ended ones although no message arrived to trigger the usual sweep.
        time.Advance(TimeSpan.FromSeconds(31));
        ((IIdleSweep)limiter).SweepIdle();
        Assert.Equal(2, limiter.TrackedKeys);

        // Ana's window survived the sweep with its count: 1 used, 4 left, then refused.
        for (var i = 0; i < 4; i++)
        {
            Assert.True(limiter.Check(Ana).IsAllowed);
        }

        Assert.False(limiter.Check(Ana).IsAllowed);
    }

    private static ChatRateLimiter Limiter(int userPermits, int conversationPermits, TimeSpan? window = null, TimeProvider? time = null) =>
        new(Options.Create(new RateLimitOptions { UserPermits = userPermits, ConversationPermits = conversationPermits, Window = window ?? TimeSpan.FromMinutes(1) }),
            NullLogger<ChatRateLimiter>.Instance,
            time ?? new FakeTimeProvider());
}
