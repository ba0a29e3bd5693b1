using GcmBot.Hosting.Memory;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class HeapCompactorTests
{
    [Fact]
    public void Compact_SweepsThenCollectsThenNotesTheCountThenReleasesNativePages()
    {
        var steps = new List<string>();
        var allocated = 0L;
        var heap = new HeapControls(
            () =>
            {
                steps.Add("read");
                return allocated;
            },
            () => 0,
            () =>
            {
                steps.Add("compact");
                allocated += 7;
            },
            () => steps.Add("release"));
        var compactor = new HeapCompactor(heap, [new Sweep(steps)]);
        allocated = 1000;

        Assert.Equal(HeapCompactor.None, compactor.CoveredBytes);
        compactor.Compact();

        // What the sweep dropped is collected; the count is read after the collection (1000 + the 7 its fake added).
        Assert.Equal(["sweep", "compact", "read", "release"], steps);
        Assert.Equal(1007, compactor.CoveredBytes);
    }

    private sealed class Sweep(List<string> steps) : IIdleSweep
    {
        public void SweepIdle() => steps.Add("sweep");
    }
}
