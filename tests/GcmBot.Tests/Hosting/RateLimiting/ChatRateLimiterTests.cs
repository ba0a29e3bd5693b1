using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hosting.RateLimiting;

public sealed class ChatRateLimiterTests
{
    private static readonly ChatContext Ana = new("discord", "channel-1", "ana");
    private static readonly ChatContext Ben = new("discord", "channel-1", "ben");

    [Fact]
    public void Check_PastThePersonsPermits_RefusedWithAFriendlyReplyTellingOnce()
    {
        using var limiter = Limiter(userPermits: 2, conversationPermits: 100);

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
        using var limiter = Limiter(userPermits: 10, conversationPermits: 3);

        var allowed = new[] { Ana, Ben, Ana, Ben }.Select(c => limiter.Check(c).IsAllowed).ToList();

        Assert.Equal([true, true, true, false], allowed);
    }

    [Fact]
    public void Check_SameIdsOnAnotherSurfaceOrConversation_SeparateBudgets()
    {
        using var limiter = Limiter(userPermits: 1, conversationPermits: 1);

        Assert.True(limiter.Check(Ana).IsAllowed);
        Assert.True(limiter.Check(Ana with { Surface = "teams" }).IsAllowed);
        Assert.True(limiter.Check(new ChatContext("discord", "channel-2", "cleo")).IsAllowed);
        Assert.False(limiter.Check(Ana).IsAllowed);
    }

    [Fact]
    public async Task Check_AfterTheWindow_AllowedAgainAndToldAgainNextTime()
    {
        // The limiter's windows run on the system's monotonic clock (not TimeProvider), so this waits one real second.
        using var limiter = Limiter(userPermits: 1, conversationPermits: 100, window: TimeSpan.FromSeconds(1));
        Assert.True(limiter.Check(Ana).IsAllowed);
        Assert.False(limiter.Check(Ana).IsAllowed);

        var deadline = Environment.TickCount64 + 5_000;
        while (!limiter.Check(Ana).IsAllowed)
        {
            Assert.True(Environment.TickCount64 < deadline, "the window never reopened");
            await Task.Delay(100);
        }

        Assert.False(limiter.Check(Ana).IsAllowed);
    }

    private static ChatRateLimiter Limiter(int userPermits, int conversationPermits, TimeSpan? window = null) =>
        new(Options.Create(new RateLimitOptions { UserPermits = userPermits, ConversationPermits = conversationPermits, Window = window ?? TimeSpan.FromMinutes(1) }),
            NullLogger<ChatRateLimiter>.Instance);
}
