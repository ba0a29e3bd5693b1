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
    /// <summary>Off: the heap has no ceiling but the machine's (or the container's) memory.</summary>
    public bool HeapLimit { get; set; } = true;

    /// <summary>
    /// Room above what is live after start. Under the Teams ramp to 128 concurrent the live heap grows by about
    /// 7 MB (each conversation's rate-limit window and pacing lane); the rest is the GC's room to allocate between
    /// collections: the closer the heap is to the ceiling, the more often it collects.
    /// </summary>
    [Range(16, 4096, ErrorMessage = "Memory:HeapLimitHeadroomMegabytes must be between 16 and 4096.")]
    public int HeapLimitHeadroomMegabytes { get; set; } = 40;
}
