using GcmBot.Hosting.Memory;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class IdleHeapTrimmerTests
{
    private const long MegaByte = 1024 * 1024;

    [Fact]
    public async Task BusySpellThenQuiet_CompactsExactlyOnceAfterTheQuietTime()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        var heap = new FakeHeap();
        var sweep = new CountingSweep(heap);
        using var meters = new TestMeters();
        var logger = new ListLogger<IdleHeapTrimmer>();
        var settings = new IdleTrimOptions { IdleTrimAfter = TimeSpan.FromSeconds(5), BusyMegabytesPerSecond = 4 };
        using var trimmer = new IdleHeapTrimmer(Options.Create(settings), heap.Controls, new HeapCompactor(heap.Controls, [sweep]), clock, meters.Metrics, logger);
        await trimmer.StartAsync(CancellationToken.None);
        await heap.WaitForReadsAsync(1);

        // 20 busy seconds (50 MB each, over the 4 MB/s threshold), 5 quiet ones (1 MB each, under it: IdleTrimAfter),
        // then a minute with nothing allocated.
        for (var second = 0; second < 20; second++)
        {
            heap.Allocate(50 * MegaByte);
            await heap.TickAsync(clock);
        }

        for (var second = 0; second < 5 + 60; second++)
        {
            heap.Allocate(second < 5 ? MegaByte : 0);
            await heap.TickAsync(clock);
        }

        // Check 0 is the start, 1-20 the busy seconds, 21-25 the quiet ones: the trim follows check 25, so every
        // check up to 25 saw no compaction and every later one (the quiet minute) saw exactly one.
        Assert.Equal(86, heap.SeenByCheck.Count);
        Assert.All(heap.SeenByCheck.Take(26), seen => Assert.Equal(0, seen));
        Assert.All(heap.SeenByCheck.Skip(26), seen => Assert.Equal(1, seen));
        Assert.Single(meters.Recorder.Of("gcmbot.memory.trims"));

        // The sweeps ran once, with that trim and before its compaction (so what they dropped is compacted away).
        Assert.Equal(new[] { 0 }, sweep.CompactionsSeen);

        // glibc's free pages are given back once, with that trim and after its compaction (a collection that finalizes
        // or releases native handles frees malloc'd memory only then).
        Assert.Equal(new[] { 1 }, heap.CompactionsSeenByNativeRelease);
        Assert.Contains(logger.Entries, e => e.EventName == "HeapTrimmed" && e.Message.StartsWith("Quiet for 5 s after a busy spell", StringComparison.Ordinal));
        await trimmer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CompactedAfterStart_NoSecondCompactionUntilABusySpell()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        var heap = new FakeHeap();
        using var meters = new TestMeters();
        var logger = new ListLogger<IdleHeapTrimmer>();
        var settings = new IdleTrimOptions { IdleTrimAfter = TimeSpan.FromSeconds(5), BusyMegabytesPerSecond = 4 };
        var compactor = new HeapCompactor(heap.Controls, []);
        using var trimmer = new IdleHeapTrimmer(Options.Create(settings), heap.Controls, compactor, clock, meters.Metrics, logger);

        // Start-up allocated 200 MB before the first check (a busy spell), then the same compactor compacted once,
        // as HeapLimiter does once the host has started.
        heap.Allocate(200 * MegaByte);
        await trimmer.StartAsync(CancellationToken.None);
        await heap.WaitForReadsAsync(1);
        compactor.Compact();
        for (var second = 0; second < 30; second++)
        {
            await heap.TickAsync(clock);
        }

        // Half a minute of quiet after it: that compaction was start-up's, so the idle trim owed none.
        Assert.Equal(1, heap.Compactions);
        Assert.Empty(meters.Recorder.Of("gcmbot.memory.trims"));
        Assert.DoesNotContain(logger.Entries, e => e.EventName == "HeapTrimmed");

        // A real busy spell afterwards is trimmed once, IdleTrimAfter after it.
        for (var second = 0; second < 3 + 5 + 10; second++)
        {
            heap.Allocate(second < 3 ? 50 * MegaByte : 0);
            await heap.TickAsync(clock);
        }

        Assert.Equal(2, heap.Compactions);
        Assert.Single(meters.Recorder.Of("gcmbot.memory.trims"));
        await trimmer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task IdleTrimOff_NeverReadsTheHeap()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        var heap = new FakeHeap();
        using var meters = new TestMeters();
        using var trimmer = new IdleHeapTrimmer(Options.Create(new IdleTrimOptions { IdleTrim = false }), heap.Controls, new HeapCompactor(heap.Controls, []), clock, meters.Metrics, new ListLogger<IdleHeapTrimmer>());

        await trimmer.StartAsync(CancellationToken.None);
        await trimmer.ExecuteTask!;

        Assert.Equal(0, clock.WaitingTimers);
        Assert.Equal(0, heap.Reads);
        Assert.Empty(heap.CompactionsSeenByNativeRelease);
    }

    /// <summary>A sweep that notes how many compactions the heap had seen each time it ran.</summary>
    private sealed class CountingSweep(FakeHeap heap) : IIdleSweep
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<int> _seen = new();

        public IReadOnlyList<int> CompactionsSeen => [.. _seen];

        public void SweepIdle() => _seen.Enqueue(heap.Compactions);
    }

    /// <summary>
    /// A heap whose allocation count the test sets. Each check of the trimmer reads it once; the read notes how many
    /// compactions had happened by then (checks run one after another, so that covers every earlier check's trim).
    /// The compactor's own read, between its collection and its release of native pages, is not a check.
    /// </summary>
    private sealed class FakeHeap
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<int> _seen = new();
        private readonly System.Collections.Concurrent.ConcurrentQueue<int> _released = new();
        private long _allocated;
        private int _reads;
        private int _compactions;
        private volatile bool _compacting;

        public HeapControls Controls => new(
            () =>
            {
                if (!_compacting)
                {
                    _seen.Enqueue(Compactions);
                    Interlocked.Increment(ref _reads);
                }

                return Interlocked.Read(ref _allocated);
            },
            () => 100 * MegaByte,
            () =>
            {
                _compacting = true;
                Interlocked.Increment(ref _compactions);
            },
            () =>
            {
                _released.Enqueue(Compactions);
                _compacting = false;
            });

        public IReadOnlyList<int> SeenByCheck => [.. _seen];

        /// <summary>For each release of the native heap, how many compactions had happened by then.</summary>
        public IReadOnlyList<int> CompactionsSeenByNativeRelease => [.. _released];

        public int Reads => Volatile.Read(ref _reads);

        public int Compactions => Volatile.Read(ref _compactions);

        public void Allocate(long bytes) => Interlocked.Add(ref _allocated, bytes);

        public Task WaitForReadsAsync(int reads) =>
            Eventually.WaitUntil(() => Reads >= reads, () => $"{Reads} reads", what: $"the trimmer's check number {reads}");

        /// <summary>One second on the clock, then waits until the trimmer has made that second's check.</summary>
        public async Task TickAsync(FakeClock clock)
        {
            var next = Reads + 1;
            clock.Advance(IdleHeapTrimmer.CheckEvery);
            await WaitForReadsAsync(next);
        }
    }
}
