namespace GcmBot.Hosting.Memory;

/// <summary>
/// Work that goes on after the host has started and leaves a large live heap behind (the MiniLM model's load):
/// <see cref="HeapLimiter"/> measures what is live only once every such piece of work has settled, so the ceiling
/// is never set under it.
/// </summary>
internal interface IHeapSettling
{
    /// <summary>Completes when the work is done, has failed, or was never going to run.</summary>
    Task Settled { get; }
}
