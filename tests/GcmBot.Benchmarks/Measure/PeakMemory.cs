namespace GcmBot.Benchmarks.Measure;

/// <summary>
/// Samples a process's resident memory every quarter second while a load runs and keeps the largest sample with its
/// split by kind: the breakdown at the peak, which a single reading after the load would miss. Each tick reads only
/// VmRSS (the rss reader: one small /proc file); the split (/proc/PID/smaps, hundreds of mappings) is read when
/// VmRSS is above the peak so far, so the driver does not spend its CPU walking smaps four times a second while the
/// CPU it spends per request is being measured (that walk was 10 to 26 % of its perf samples on the Teams ramp).
/// </summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public PeakMemory(Func<Task<ResidentMemory?>> read, Func<double?> rss)
    {
        _sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(Every);
            try
            {
                do
                {
                    if ((Peak is null || rss() > Peak.Rss) && await read() is { } now && (Peak is null || now.Rss > Peak.Rss))
                    {
                        Peak = now;
                    }
                }
                while (await timer.WaitForNextTickAsync(_stop.Token));
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    /// <summary>The sample with the highest VmRSS so far.</summary>
    public ResidentMemory? Peak { get; private set; }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        await _sampling;
    }
}
