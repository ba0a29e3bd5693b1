using System.ComponentModel.DataAnnotations;

namespace GcmBot.Hosting.Memory;

/// <summary>
/// Section "Memory": giving back the heap a busy spell grew. The GC only runs when something allocates, so
/// after a load ends the memory it grew stays committed; once the app has been quiet for
/// <see cref="IdleTrimAfter"/> after a busy spell, one compacting collection returns it to the system.
/// </summary>
public sealed class IdleTrimOptions
{
    public const string SectionName = "Memory";

    /// <summary>Off: the heap is left to the GC alone.</summary>
    public bool IdleTrim { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Memory:IdleTrimAfter must be between 00:00:01 and 01:00:00.")]
    public TimeSpan IdleTrimAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Allocation rate that counts as busy; below it a second counts as quiet (an idle app allocates a few KB/s).</summary>
    [Range(1, 10_000, ErrorMessage = "Memory:BusyMegabytesPerSecond must be between 1 and 10000.")]
    public int BusyMegabytesPerSecond { get; set; } = 4;
}
