using GcmBot.Hosting.Lanes;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Hosting.Lanes;

public sealed class KeyedLanesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_LaneWithAWaiter_StaysAndTheWaiterGetsTheSameTurn()
    {
        var lanes = new KeyedLanes<Lane>();
        var first = await lanes.EnterAsync("a", CancellationToken.None);
        var second = lanes.EnterAsync("a", CancellationToken.None);
        lanes.Exit(await lanes.EnterAsync("b", CancellationToken.None));

        lanes.Sweep(Now);

        Assert.Equal(1, lanes.Count);
        Assert.False(second.IsCompleted);
        lanes.Exit(first);
        Assert.Same(first, await second.WaitAsync(TimeSpan.FromSeconds(10)));
        lanes.Exit(first);
        lanes.Sweep(Now);
        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public async Task EnterAsync_Cancelled_DoesNotKeepTheLaneInUse()
    {
        var lanes = new KeyedLanes<Lane>();
        var held = await lanes.EnterAsync("a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = lanes.EnterAsync("a", cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        lanes.Exit(held);
        lanes.Sweep(Now);

        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public async Task EnterAsync_AfterItsLaneWasSwept_GetsAFreshLane()
    {
        var lanes = new KeyedLanes<Lane>();
        var old = await lanes.EnterAsync("a", CancellationToken.None);
        lanes.Exit(old);
        lanes.Sweep(Now);

        var fresh = await lanes.EnterAsync("a", CancellationToken.None);

        Assert.NotSame(old, fresh);
        Assert.Equal(1, lanes.Count);
        lanes.Exit(fresh);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Sweep_AfterLargePeaksHaveEnded_EachReplacesTheMapAndKeepsTheLaneInUse(int peaks)
    {
        var lanes = new KeyedLanes<Lane>();
        var held = await lanes.EnterAsync("held", CancellationToken.None);

        // Each peak is 1,025 lanes with one left in use: far under a quarter, so each sweep copies the map. The held
        // lane is the one copied, every time (with two peaks, a lane an earlier shrink copied is copied again), so a
        // second caller for its key still waits for it, and then gets that same lane.
        for (var peak = 0; peak < peaks; peak++)
        {
            await EnterAndLeaveAsync(lanes, KeyedLanes<Lane>.ShrinkFromPeak);
            lanes.Sweep(Now);
        }

        Assert.Equal((peaks, 1), (lanes.Shrinks, lanes.Count));
        var waiting = lanes.EnterAsync("held", CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        lanes.Exit(held);
        Assert.Same(held, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        lanes.Exit(held);
    }

    [Fact]
    public async Task Sweep_SmallPeakOrMoreThanAQuarterLeft_KeepsTheMap()
    {
        var small = new KeyedLanes<Lane>();
        await EnterAndLeaveAsync(small, KeyedLanes<Lane>.ShrinkFromPeak - 1);
        small.Sweep(Now);

        // A peak of 2,000 with 501 lanes still in use: just over a quarter stay, so the copy would save too little.
        var busy = new KeyedLanes<Lane>();
        var inUse = new List<Lane>();
        for (var i = 0; i < 501; i++)
        {
            inUse.Add(await busy.EnterAsync($"live-{i}", CancellationToken.None));
        }

        await EnterAndLeaveAsync(busy, 2000 - 501);
        busy.Sweep(Now);

        Assert.Equal((0, 0), (small.Shrinks, small.Count));
        Assert.Equal((0, 501), (busy.Shrinks, busy.Count));
        inUse.ForEach(busy.Exit);
    }

    [Fact]
    public async Task Prune_AfterALargePeakHasEnded_RemovesTheLanesButOnlyTheIdleSweepReplacesTheMap()
    {
        var lanes = new KeyedLanes<Lane>();
        var held = await lanes.EnterAsync("held", CancellationToken.None);
        await EnterAndLeaveAsync(lanes, KeyedLanes<Lane>.ShrinkFromPeak);

        // The request path's prune drops the 1,024 finished lanes but never copies the map (joins must not wait for
        // a copy); the idle sweep that follows sees the same ended peak and does.
        lanes.Prune(Now);
        var afterPrune = (lanes.Shrinks, lanes.Count);
        lanes.Sweep(Now);

        Assert.Equal((0, 1), afterPrune);
        Assert.Equal((1, 1), (lanes.Shrinks, lanes.Count));
        lanes.Exit(held);
    }

    [Fact]
    public async Task EnterAsync_WhileSweepsReplaceTheMap_NeverLetsTwoCallersHoldOneKey()
    {
        var lanes = new KeyedLanes<Lane>();
        var holders = new int[4];
        var overlaps = 0;
        var entries = 0;
        using var stop = new CancellationTokenSource();

        // Four callers per key keep taking and giving back the turn of four keys while the test thread makes peaks of
        // 1,100 finished lanes and sweeps them away, so the map is copied again and again under their feet. A lane
        // lost in a copy would give a key a second lane, and two holders at once.
        var callers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var key = i % holders.Length;
            while (!stop.IsCancellationRequested)
            {
                var lane = await lanes.EnterAsync($"key-{key}", CancellationToken.None);
                if (Interlocked.Increment(ref holders[key]) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                Interlocked.Increment(ref entries);
                Interlocked.Decrement(ref holders[key]);
                lanes.Exit(lane);
            }
        })).ToArray();

        for (var round = 0; round < 30; round++)
        {
            // Each copy must happen while the callers are running: wait for some of theirs since the last one.
            var before = Volatile.Read(ref entries);
            await EnterAndLeaveAsync(lanes, 1100);
            await Eventually.WaitUntil(() => Volatile.Read(ref entries) > before + 10);
            lanes.Sweep(Now);
        }

        await stop.CancelAsync();
        await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(30));
        lanes.Sweep(Now);

        Assert.Equal(0, overlaps);
        Assert.True(lanes.Shrinks >= 30, $"{lanes.Shrinks} shrinks");
        Assert.Equal(0, lanes.Count);
    }

    private static async Task EnterAndLeaveAsync(KeyedLanes<Lane> lanes, int keys)
    {
        for (var i = 0; i < keys; i++)
        {
            lanes.Exit(await lanes.EnterAsync($"once-{Guid.NewGuid():N}", CancellationToken.None));
        }
    }
}
