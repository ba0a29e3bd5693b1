using GcmBot.Discord.Gateway;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>
/// IDENTIFY spacing with shards (gateway.mdx "Sharding" / "Session Start Limit"): max_concurrency shards may
/// identify per 5 s, one from each bucket shard_id % max_concurrency; session_start_limit counts every shard.
/// A delay on the fake clock cannot end before the clock passes it, so "not yet" needs no waiting.
/// </summary>
public sealed class IdentifyGateTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_MaxConcurrencyTwo_TwoBucketsIdentifyTogetherThenFiveSecondsLater()
    {
        var gate = CreateSut();
        gate.Update(remaining: 1000, resetAfterMilliseconds: 86_400_000, maxConcurrency: 2);

        var shards = Enumerable.Range(0, 4).Select(id => gate.WaitAsync(id, CancellationToken.None)).ToList();

        // Shards 0 and 1 are in buckets 0 and 1: both go at once. Shards 2 and 3 share those buckets: 5 s later.
        await Task.WhenAll(shards[0], shards[1]).WaitAsync(Guard);
        Assert.False(shards[2].IsCompleted || shards[3].IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(shards[2].IsCompleted || shards[3].IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await Task.WhenAll(shards[2], shards[3]).WaitAsync(Guard);
    }

    [Fact]
    public async Task WaitAsync_MaxConcurrencyOne_ShardsFiveSecondsApart()
    {
        var gate = CreateSut();
        gate.Update(remaining: 1000, resetAfterMilliseconds: 86_400_000, maxConcurrency: 1);

        var shards = Enumerable.Range(0, 3).Select(id => gate.WaitAsync(id, CancellationToken.None)).ToList();

        await shards[0].WaitAsync(Guard);
        _time.Advance(TimeSpan.FromSeconds(5));
        await shards[1].WaitAsync(Guard);
        Assert.False(shards[2].IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));
        await shards[2].WaitAsync(Guard);
    }

    [Fact]
    public async Task WaitAsync_OneSessionStartLeft_SecondShardWaitsForTheResetEvenInAnotherBucket()
    {
        var gate = CreateSut();
        gate.Update(remaining: 1, resetAfterMilliseconds: 60_000, maxConcurrency: 16);

        var first = gate.WaitAsync(0, CancellationToken.None);
        var second = gate.WaitAsync(1, CancellationToken.None);

        await first.WaitAsync(Guard);
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(Guard);
    }

    [Fact]
    public async Task WaitAsync_Cancelled_EndsAtOnceWithoutTheClockMoving()
    {
        var gate = CreateSut();
        gate.Update(remaining: 0, resetAfterMilliseconds: 3_600_000);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.WaitAsync(0, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Guard));
    }

    private IdentifyGate CreateSut() => new(_time, new GatewayTimings(), NullLogger<IdentifyGate>.Instance);
}
