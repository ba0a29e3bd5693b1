using Microsoft.Extensions.Options;

namespace GcmBot.Hosting.Memory;

/// <summary>
/// Checks the allocation count once a second on the <see cref="TimeProvider"/>; after a busy spell followed by
/// Memory:IdleTrimAfter of quiet it gives the heap back once through <see cref="HeapCompactor"/> (the sweeps, the
/// compacting collection, glibc's free pages), logs what it gave back and counts it (gcmbot.memory.trims). Never while
/// busy, and not again until the next busy spell; a compaction after start ends start-up's spell, so it is not followed
/// by a second one.
/// </summary>
internal sealed partial class IdleHeapTrimmer(
    IOptions<IdleTrimOptions> options,
    HeapControls heap,
    HeapCompactor compactor,
    TimeProvider time,
    GcmBotMetrics metrics,
    ILogger<IdleHeapTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IdleTrim)
        {
            return;
        }

        var quietChecks = (int)Math.Ceiling(settings.IdleTrimAfter / CheckEvery);
        var spell = new IdleSpell(settings.BusyMegabytesPerSecond * 1024L * 1024L * (long)CheckEvery.TotalSeconds, quietChecks);
        using var timer = new PeriodicTimer(CheckEvery, time);
        Check(spell);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (Check(spell))
                {
                    Trim(settings.IdleTrimAfter);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>The allocation count first: a compaction that ends between the two reads then counts as covering it.</summary>
    private bool Check(IdleSpell spell)
    {
        var allocated = heap.AllocatedBytes();
        return spell.Check(allocated, compactor.CoveredBytes);
    }

    private void Trim(TimeSpan quiet)
    {
        var before = heap.CommittedBytes();
        var started = time.GetTimestamp();
        compactor.Compact();
        var elapsed = time.GetElapsedTime(started);
        metrics.HeapTrimmed();
        Trimmed(logger, quiet.TotalSeconds, before / 1048576.0, heap.CommittedBytes() / 1048576.0, elapsed.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 4801, EventName = "HeapTrimmed", Level = LogLevel.Information,
        Message = "Quiet for {Seconds:0} s after a busy spell: compacted the heap, {BeforeMb:0} MB committed before, {AfterMb:0} MB after ({Milliseconds:0} ms)")]
    private static partial void Trimmed(ILogger logger, double seconds, double beforeMb, double afterMb, double milliseconds);
}
