namespace GcmBot.Hosting.Memory;

/// <summary>
/// The app's one way to give back its heap, used once start-up is over (<see cref="HeapLimiter"/>) and after a busy
/// spell (<see cref="IdleHeapTrimmer"/>): every <see cref="IIdleSweep"/> first, so what has expired goes with the
/// rest, then the compacting collection, then glibc's free pages. It notes how much had been allocated when the last
/// compaction ended, so the idle trim does not owe a second compaction for what this one already gave back.
/// </summary>
internal sealed class HeapCompactor(HeapControls heap, IEnumerable<IIdleSweep> sweeps)
{
    /// <summary>What <see cref="CoveredBytes"/> is before the first compaction.</summary>
    public const long None = -1;

    private readonly Lock _gate = new();
    private long _covered = None;

    /// <summary>The allocation count (<see cref="HeapControls.AllocatedBytes"/>) as the last compaction ended, or <see cref="None"/>.</summary>
    public long CoveredBytes => Interlocked.Read(ref _covered);

    /// <summary>Sweeps, compacts and releases; one at a time, so the two callers never collect twice at once.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            foreach (var sweep in sweeps)
            {
                sweep.SweepIdle();
            }

            heap.Compact();

            // Read after the collection: it is blocking, so nothing allocated while it ran, and whatever was
            // allocated before it is now either collected or live.
            Interlocked.Exchange(ref _covered, heap.AllocatedBytes());
            heap.ReleaseNative();
        }
    }
}
