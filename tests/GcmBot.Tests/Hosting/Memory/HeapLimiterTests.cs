using GcmBot.Hosting.Memory;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class HeapLimiterTests
{
    private const long MegaByte = 1024 * 1024;

    [Fact]
    public async Task AfterStartAndTheModelSettled_CompactsThenLimitsTheHeapToLivePlusHeadroom()
    {
        using var lifetime = new StartedLifetime();
        var gc = new FakeGc { Live = 10 * MegaByte + MegaByte / 2 };
        var model = new TaskCompletionSource();
        var logger = new ListLogger<HeapLimiter>();
        using var limiter = Limiter(new HeapLimitOptions { HeapLimit = true, HeapLimitHeadroomMegabytes = 40 }, gc, lifetime, logger, model.Task);

        await limiter.StartAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => lifetime.StartedWatched, () => "not watched", what: "the limiter waiting for the host to start");
        await lifetime.StartAsync();

        // Started, but the semantic layer's model is still loading: its arrays will be live, so nothing is measured yet.
        Assert.False(limiter.ExecuteTask!.IsCompleted);
        Assert.Equal(0, gc.Compactions);
        model.SetResult();
        await limiter.ExecuteTask.WaitAsync(TimeSpan.FromSeconds(30));

        // 10.5 MB live after the compaction plus 40 MB of headroom is 50.5 MB, rounded up to whole megabytes: 51.
        Assert.Equal(new[] { 51 * MegaByte }, gc.Ceilings);
        Assert.Equal(new[] { 1 }, gc.CompactionsSeenByMeasure);
        Assert.Equal(1, gc.NativeReleases);
        Assert.Contains(logger.Entries, e => e.EventName == "HeapLimited" && e.Message.EndsWith("limited it to 51 MB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ContainerCeilingBelowTheLimit_IsKept()
    {
        using var lifetime = new StartedLifetime();
        var gc = new FakeGc { Live = 10 * MegaByte, Existing = 48 * MegaByte };
        var logger = new ListLogger<HeapLimiter>();
        using var limiter = Limiter(new HeapLimitOptions { HeapLimit = true, HeapLimitHeadroomMegabytes = 40 }, gc, lifetime, logger);

        await lifetime.StartAsync();
        await limiter.StartAsync(CancellationToken.None);
        await limiter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        // 10 + 40 = 50 MB would raise a 48 MB ceiling (a container's limit): the lower one stays.
        Assert.Empty(gc.Ceilings);
        Assert.Contains(logger.Entries, e => e.EventName == "HeapLimitKept" && e.Message.Contains("limit of 48 MB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LimitTheGcRefuses_IsLoggedAndTheAppGoesOn()
    {
        using var lifetime = new StartedLifetime();
        var gc = new FakeGc { Live = 10 * MegaByte, Refuse = true };
        var logger = new ListLogger<HeapLimiter>();
        using var limiter = Limiter(new HeapLimitOptions { HeapLimit = true }, gc, lifetime, logger);

        await lifetime.StartAsync();
        await limiter.StartAsync(CancellationToken.None);
        await limiter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        // 10 MB live plus the default 64 MB of room: the limit asked for was 74 MB.
        Assert.True(limiter.ExecuteTask.IsCompletedSuccessfully);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.EventName == "HeapLimitRefused" && e.Message.Contains("limit of 74 MB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Defaults_CompactOnceAfterTheModelSettledButSetNoLimit()
    {
        using var lifetime = new StartedLifetime();
        var gc = new FakeGc { Live = 10 * MegaByte };
        var model = new TaskCompletionSource();
        var logger = new ListLogger<HeapLimiter>();
        using var limiter = Limiter(new HeapLimitOptions(), gc, lifetime, logger, model.Task);

        await lifetime.StartAsync();
        await limiter.StartAsync(CancellationToken.None);
        Assert.False(limiter.ExecuteTask!.IsCompleted);
        model.SetResult();
        await limiter.ExecuteTask.WaitAsync(TimeSpan.FromSeconds(30));

        // The heap limit is opt-in (it can fail turns under a burst); the compaction after start cannot, so it runs.
        Assert.Equal(1, gc.Compactions);
        Assert.Empty(gc.Ceilings);
        Assert.Contains(logger.Entries, e => e.EventName == "HeapCompactedAfterStart" && e.Message.Contains("10.0 MB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterStart_LogsTheGen0BudgetTheGcTook()
    {
        using var lifetime = new StartedLifetime();
        var gc = new FakeGc { Live = 10 * MegaByte, Gen0Budget = 6 * MegaByte };
        var logger = new ListLogger<HeapLimiter>();
        using var limiter = Limiter(new HeapLimitOptions(), gc, lifetime, logger);

        await lifetime.StartAsync();
        await limiter.StartAsync(CancellationToken.None);
        await limiter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(logger.Entries, e => e.EventName == "Gen0Budget" && e.Message == "The GC's gen0 budget is at most 6 MB per heap (System.GC.Gen0MaxBudget)");
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, true, false)]
    public async Task OffOrHostedInsideAnotherProcess_NeverTouchesTheHeap(bool heapLimit, bool compact, bool ownsProcess)
    {
        using var lifetime = new StartedLifetime();
        var gc = new FakeGc { Live = 10 * MegaByte, OwnsProcess = ownsProcess };
        using var limiter = Limiter(new HeapLimitOptions { HeapLimit = heapLimit, CompactAfterStart = compact }, gc, lifetime, new ListLogger<HeapLimiter>());

        await lifetime.StartAsync();
        await limiter.StartAsync(CancellationToken.None);
        await limiter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, gc.Compactions);
        Assert.Empty(gc.Ceilings);
    }

    private static HeapLimiter Limiter(HeapLimitOptions options, FakeGc gc, StartedLifetime lifetime, ListLogger<HeapLimiter> logger, params Task[] settling) =>
        new(Options.Create(options), new HeapCompactor(gc.Heap, []), gc.Limit, [.. settling.Select(t => new Settling(t))], lifetime, logger);

    private sealed record Settling(Task Settled) : IHeapSettling;

    /// <summary>A GC whose live size, existing ceiling and refusal the test sets; it records what the limiter did.</summary>
    private sealed class FakeGc
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<long> _ceilings = new();
        private readonly System.Collections.Concurrent.ConcurrentQueue<int> _measured = new();
        private int _compactions;
        private int _released;

        public long Live { get; init; }

        public long Existing { get; init; } = 4096 * MegaByte;

        public bool Refuse { get; init; }

        public bool OwnsProcess { get; init; } = true;

        public long? Gen0Budget { get; init; }

        public int Compactions => Volatile.Read(ref _compactions);

        public int NativeReleases => Volatile.Read(ref _released);

        public IReadOnlyList<long> Ceilings => [.. _ceilings];

        /// <summary>For each read of the heap's size, how many compactions had happened by then.</summary>
        public IReadOnlyList<int> CompactionsSeenByMeasure => [.. _measured];

        public HeapControls Heap => new(() => 0, () => Live, () => Interlocked.Increment(ref _compactions), () => Interlocked.Increment(ref _released));

        public HeapLimitControls Limit => new(
            () => OwnsProcess,
            () =>
            {
                _measured.Enqueue(Compactions);
                return Live;
            },
            () => Existing,
            bytes =>
            {
                if (Refuse)
                {
                    throw new InvalidOperationException("RefreshMemoryLimit failed with too low hard limit.");
                }

                _ceilings.Enqueue(bytes);
            },
            () => Gen0Budget);
    }
}
