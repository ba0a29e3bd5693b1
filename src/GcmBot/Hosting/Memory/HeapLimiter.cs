using Microsoft.Extensions.Options;

namespace GcmBot.Hosting.Memory;

/// <summary>
/// Once the host has started (the corpus and the index are built) and every <see cref="IHeapSettling"/> has settled
/// (the MiniLM model, with the semantic layer on), compacts the heap once through <see cref="HeapCompactor"/>, so start-up's leftovers are given back (and the idle trim owes no second compaction for them), and
/// with Memory:HeapLimit on (opt-in) sets the GC's hard limit to what is then live plus Memory:HeapLimitHeadroomMegabytes. Near the limit the GC
/// collects more often; an allocation fails only when a full compacting collection cannot make room. A ceiling the
/// machine or container already sets lower is kept; a limit the GC refuses (below what it has committed) is logged
/// and the heap stays unlimited. Nothing happens when the app is hosted inside another program's process.
/// </summary>
internal sealed partial class HeapLimiter(
    IOptions<HeapLimitOptions> options,
    HeapCompactor compactor,
    HeapLimitControls limit,
    IEnumerable<IHeapSettling> settlings,
    IHostApplicationLifetime lifetime,
    ILogger<HeapLimiter> logger) : BackgroundService
{
    private const long MegaByte = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!(settings.HeapLimit || settings.CompactAfterStart) || !limit.OwnsProcess())
        {
            return;
        }

        try
        {
            await Started(stoppingToken);
            await Task.WhenAll(settlings.Select(s => s.Settled)).WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        if (limit.Gen0BudgetBytes?.Invoke() is { } budget)
        {
            Gen0Budget(logger, budget / (double)MegaByte);
        }

        compactor.Compact();
        var live = limit.HeapBytes();
        if (!settings.HeapLimit)
        {
            Compacted(logger, live / (double)MegaByte);
            return;
        }

        var ceiling = (live + settings.HeapLimitHeadroomMegabytes * MegaByte + MegaByte - 1) / MegaByte * MegaByte;
        var existing = limit.CeilingBytes();
        if (ceiling >= existing)
        {
            Kept(logger, live / (double)MegaByte, existing / (double)MegaByte);
            return;
        }

        try
        {
            limit.SetCeiling(ceiling);
            Limited(logger, live / (double)MegaByte, ceiling / MegaByte);
        }
        catch (InvalidOperationException e)
        {
            Refused(logger, ceiling / MegaByte, e);
        }
    }

    private async Task Started(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    [LoggerMessage(EventId = 4806, EventName = "Gen0Budget", Level = LogLevel.Information,
        Message = "The GC's gen0 budget is at most {BudgetMb:0.#} MB per heap (System.GC.Gen0MaxBudget)")]
    private static partial void Gen0Budget(ILogger logger, double budgetMb);

    [LoggerMessage(EventId = 4805, EventName = "HeapCompactedAfterStart", Level = LogLevel.Information,
        Message = "Start-up is over: compacted the heap to {LiveMb:0.0} MB (no heap limit: Memory:HeapLimit is off)")]
    private static partial void Compacted(ILogger logger, double liveMb);

    [LoggerMessage(EventId = 4802, EventName = "HeapLimited", Level = LogLevel.Information,
        Message = "Start-up is over: compacted the heap to {LiveMb:0.0} MB and limited it to {LimitMb} MB")]
    private static partial void Limited(ILogger logger, double liveMb, long limitMb);

    [LoggerMessage(EventId = 4803, EventName = "HeapLimitKept", Level = LogLevel.Information,
        Message = "Start-up is over: compacted the heap to {LiveMb:0.0} MB; the heap's existing limit of {ExistingMb:0} MB is lower than Memory:HeapLimitHeadroomMegabytes would set, so it stays")]
    private static partial void Kept(ILogger logger, double liveMb, double existingMb);

    [LoggerMessage(EventId = 4804, EventName = "HeapLimitRefused", Level = LogLevel.Warning,
        Message = "The GC refused a heap limit of {LimitMb} MB (more is committed); the heap stays unlimited")]
    private static partial void Refused(ILogger logger, long limitMb, Exception exception);
}
