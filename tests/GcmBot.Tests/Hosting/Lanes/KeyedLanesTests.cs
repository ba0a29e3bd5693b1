using GcmBot.Hosting.Lanes;

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
}
