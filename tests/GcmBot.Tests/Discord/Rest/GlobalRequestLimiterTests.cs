using System.Collections.Concurrent;
using GcmBot.Discord;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>
/// This replica's share of the global limit: at most Discord:GlobalRequestsPerSecond calls in any one-second
/// window, each call holding its place from the moment it is let through until a second after its answer.
/// </summary>
public sealed class GlobalRequestLimiterTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EnterAsync_ShareOfThree_FourthCallWaitsUntilASecondAfterTheFirstAnswer()
    {
        var limiter = CreateSut(share: 3);
        for (var i = 0; i < 3; i++)
        {
            var slot = await limiter.EnterAsync(CancellationToken.None).WaitAsync(Guard);
            slot.Dispose();
            Assert.False(slot.Waited);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // Answered at once at 0, 100 and 200 ms: the fourth may go once the first answer is a full second old, at 1000 ms.
        var fourth = limiter.EnterAsync(CancellationToken.None);
        await _time.WaitForTimersAsync();
        _time.Advance(TimeSpan.FromMilliseconds(699));
        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True((await fourth.WaitAsync(Guard)).Waited);
    }

    [Fact]
    public async Task EnterAsync_CallsStillWaitingForTheirAnswer_KeepTheirPlaceUntilASecondAfterIt()
    {
        var limiter = CreateSut(share: 2);
        var first = await limiter.EnterAsync(CancellationToken.None).WaitAsync(Guard);
        using var second = await limiter.EnterAsync(CancellationToken.None).WaitAsync(Guard);

        // Both calls are out for 5 s (a slow network): a call sent at 0 ms may reach Discord at any time until
        // its answer, so it counts until a second after that answer, at 6 s, however long ago it was let through.
        var third = limiter.EnterAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);
        first.Dispose();
        await _time.WaitForTimersAsync();
        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await third.WaitAsync(Guard)).Dispose();
    }

    [Fact]
    public async Task EnterAsync_Cancelled_StopsWaiting()
    {
        var limiter = CreateSut(share: 1);
        using var first = await limiter.EnterAsync(CancellationToken.None).WaitAsync(Guard);
        using var cancel = new CancellationTokenSource();

        var second = limiter.EnterAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(Guard));
    }

    [Fact]
    public async Task EnterAsync_TwoReplicasWithinTheirShares_TogetherStayUnderTheGlobalLimit()
    {
        // Discord allows 50 requests per second per bot token, whichever replica sends them
        // (topics/rate-limits). Two replicas with a share of 15 each, 40 calls each, all at once, each answered at once.
        var clock = new FakeClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var granted = new ConcurrentQueue<DateTimeOffset>();
        var replicas = new[] { Limiter(15, clock), Limiter(15, clock) };
        var calls = replicas.SelectMany(replica => Enumerable.Range(0, 40).Select(async _ =>
        {
            using var slot = await replica.EnterAsync(CancellationToken.None);
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

    private GlobalRequestLimiter CreateSut(int share) => Limiter(share, _time);
}
