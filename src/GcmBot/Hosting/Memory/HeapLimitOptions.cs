using System.ComponentModel.DataAnnotations;

namespace GcmBot.Hosting.Memory;

/// <summary>
/// Section "Memory": a ceiling on the managed heap, set once start-up is over. Without one the server GC sizes its
/// allocation budget on the allocation rate, so a busy spell grows the heap far past what is live (115 MB at the
/// Teams ramp's peak over about 17 MB live). The ceiling is what is live once start-up is done (after the MiniLM
/// model, when the semantic layer loads it) plus <see cref="HeapLimitHeadroomMegabytes"/>.
/// </summary>
public sealed class HeapLimitOptions
{
    /// <summary>
    /// Off by default: no ceiling but the machine's (or the container's) memory. Opt in on a small host that serves a known
    /// load: a ceiling turns a burst bigger than the room into OutOfMemoryException (failed turns), and the room that
    /// is safe depends on the load (issue 19g measured 20 and 32 MB failing on the Teams ramp, 40 MB once ending the
    /// process after it), which the app cannot bound for every deployment.
    /// </summary>
    public bool HeapLimit { get; set; }

    /// <summary>
    /// One compacting collection once start-up is over (and the model has loaded), giving back the garbage start-up
    /// leaves (about 8 MB resident; issue 19g). It cannot fail a request, so it is on by default; the heap limit
    /// always compacts first, since it measures what is live.
    /// </summary>
    public bool CompactAfterStart { get; set; } = true;

    /// <summary>
    /// Room above what is live after start (about 5–9 MB). The Teams ramp to 128 concurrent adds about 7 MB of live
    /// data (each conversation's rate-limit window and pacing lane) and every request in flight holds its buffers; the
    /// rest is the GC's room to allocate between collections, and the closer the heap is to the limit, the more often
    /// it collects. Measured on that ramp (docs/performance.md, issue 19g): 20 and 32 MB of room threw
    /// OutOfMemoryException (failed requests), 40 and 48 did not; 64 is twice the largest room that failed, because
    /// an idle machine serves the ramp faster than those runs did (more conversations a second live at once).
    /// </summary>
    [Range(16, 4096, ErrorMessage = "Memory:HeapLimitHeadroomMegabytes must be between 16 and 4096.")]
    public int HeapLimitHeadroomMegabytes { get; set; } = 64;
}
