using System.Collections.Concurrent;
using GcmBot.Discord;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>This replica's share of the global limit: at most Discord:GlobalRequestsPerSecond calls in any one-second window.</summary>
public sealed class GlobalRequestLimiterTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_ShareOfThree_FourthCallWaitsUntilTheFirstLeavesTheWindow()
    {
        var limiter = CreateSut(share: 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.False(await limiter.WaitAsync(CancellationToken.None).WaitAsync(Guard));
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // Calls at 0, 100 and 200 ms: the fourth may go once the first is a full second old, at 1000 ms.
        var fourth = limiter.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(699));
        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await fourth.WaitAsync(Guard));
    }

    [Fact]
    public async Task WaitAsync_Cancelled_StopsWaiting()
    {
        var limiter = CreateSut(share: 1);
        await limiter.WaitAsync(CancellationToken.None).WaitAsync(Guard);
        using var cancel = new CancellationTokenSource();

        var second = limiter.WaitAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(Guard));
    }

    [Fact]
    public async Task WaitAsync_TwoReplicasWithinTheirShares_TogetherStayUnderTheGlobalLimit()
    {
        // Discord allows 50 requests per second per bot token, whichever replica sends them
        // (topics/rate-limits). Two replicas with a share of 15 each, 40 calls each, all at once.
        var clock = new FakeClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var granted = new ConcurrentQueue<DateTimeOffset>();
        var replicas = new[] { Limiter(15, clock), Limiter(15, clock) };
        var calls = replicas.SelectMany(replica => Enumerable.Range(0, 40).Select(async _ =>
        {
            await replica.WaitAsync(CancellationToken.None);
            granted.Enqueue(clock.GetUtcNow());
        })).ToList();

        // Time moves only when every call is either granted or waiting on the clock, so no grant is late.
        while (calls.Any(c => !c.IsCompleted))
        {
            await Eventually.WaitUntil(
                () => calls.Count(c => c.IsCompleted) + clock.WaitingTimers >= calls.Count,
                () => $"{calls.Count(c => c.IsCompleted)} granted, {clock.WaitingTimers} waiting");
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        // Every call goes through; any one-second window holds at most 15 + 15 = 30 of them (under 50), and the
        // first second holds exactly that many: each replica spends its share at once, then waits.
        var times = granted.Order().ToList();
        Assert.Equal(80, times.Count);
        var busiest = times.Max(start => times.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)));
        Assert.Equal(30, busiest);
    }

    private static GlobalRequestLimiter Limiter(int share, TimeProvider time) =>
        new(Options.Create(new DiscordOptions { GlobalRequestsPerSecond = share }), time);

    private GlobalRequestLimiter CreateSut(int share) =>
        new(Options.Create(new DiscordOptions { GlobalRequestsPerSecond = share }), _time);
}
