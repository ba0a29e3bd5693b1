using GcmBot.Discord;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;
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

    private GlobalRequestLimiter CreateSut(int share) =>
        new(Options.Create(new DiscordOptions { GlobalRequestsPerSecond = share }), _time);
}
