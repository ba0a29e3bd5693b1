using System.Threading.Channels;
using GcmBot.Hosting;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Runs interaction work after the HTTP response has gone (deferred answers, follow-ups), a few at a
/// time. When the app stops, the work already queued is still done (the server has stopped taking
/// requests by then, so nothing new arrives); only the host's shutdown time limit cancels it.
/// </summary>
internal sealed class FollowUpQueue(ILogger<FollowUpQueue> logger) : DrainingBackgroundService
{
    private const int Parallel = 4;

    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateUnbounded<Func<CancellationToken, Task>>();
    private int _unfinished;

    /// <summary>Work queued or running, not yet finished: 0 means idle (what tests wait for instead of a quiet period).</summary>
    public int Unfinished => Volatile.Read(ref _unfinished);

    public void Enqueue(Func<CancellationToken, Task> work)
    {
        Interlocked.Increment(ref _unfinished);
        if (!_work.Writer.TryWrite(work))
        {
            Interlocked.Decrement(ref _unfinished);
            Log.FollowUpRefused(logger);
        }
    }

    protected override void OnStopping() => _work.Writer.TryComplete();

    // Reads until the queue is completed and empty, not until stoppingToken: queued answers are owed to users.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var abort = Deadline;
        using var slots = new SemaphoreSlim(Parallel);
        var running = new List<Task>();
        try
        {
            await foreach (var work in _work.Reader.ReadAllAsync(abort))
            {
                await slots.WaitAsync(abort);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunAsync(work, slots, abort));
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // The shutdown time limit ran out: the work already started observes the token below.
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(Func<CancellationToken, Task> work, SemaphoreSlim slots, CancellationToken abort)
    {
        try
        {
            await Task.Yield();
            await work(abort);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !abort.IsCancellationRequested)
        {
            Log.FollowUpCrashed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            Log.FollowUpCancelled(logger);
        }
        finally
        {
            Interlocked.Decrement(ref _unfinished);
            slots.Release();
        }
    }
}
