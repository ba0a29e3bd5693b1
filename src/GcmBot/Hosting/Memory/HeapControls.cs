namespace GcmBot.Hosting.Memory;

/// <summary>
/// What the idle trim reads from and does to the GC, as delegates so tests count them: bytes allocated so far
/// (the activity signal: every request, gateway event and digest allocates), bytes committed, the collection, and
/// giving back the native heap's free pages once the collection has freed what managed objects held natively.
/// </summary>
internal sealed record HeapControls(Func<long> AllocatedBytes, Func<long> CommittedBytes, Action Compact, Action ReleaseNative)
{
    /// <summary>
    /// The runtime's own: an aggressive, blocking, compacting full collection is its documented way to decommit
    /// what the heap no longer uses.
    /// </summary>
    public static HeapControls Runtime { get; } = new(
        () => GC.GetTotalAllocatedBytes(),
        () => GC.GetGCMemoryInfo().TotalCommittedBytes,
        () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true),
        () => NativeHeap.Trim());
}
