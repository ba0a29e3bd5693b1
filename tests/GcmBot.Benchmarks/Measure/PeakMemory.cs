namespace GcmBot.Benchmarks.Measure;

/// <summary>
/// Samples a process's resident memory (with its split by kind) every quarter second while a load runs and keeps
/// the largest sample: the breakdown at the peak, which a single reading after the load would miss.
/// </summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public PeakMemory(Func<Task<ResidentMemory?>> read)
    {
        _sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(Every);
            try
            {
                do
                {
                    if (await read() is { } now && (Peak is null || now.Rss > Peak.Rss))
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
