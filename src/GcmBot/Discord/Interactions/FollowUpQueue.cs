using System.Threading.Channels;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Runs interaction work after the HTTP response has gone (deferred answers, follow-ups), a few at a
/// time, and lets running work finish when the app stops.
/// </summary>
internal sealed class FollowUpQueue(ILogger<FollowUpQueue> logger) : BackgroundService
{
    private const int Parallel = 4;

    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateUnbounded<Func<CancellationToken, Task>>();

    public void Enqueue(Func<CancellationToken, Task> work) => _work.Writer.TryWrite(work);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(Parallel);
        var running = new List<Task>();
        try
        {
            await foreach (var work in _work.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunAsync(work, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the work already started still completes or observes the token below.
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(Func<CancellationToken, Task> work, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await work(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.FollowUpCrashed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            Log.FollowUpCancelled(logger);
        }
        finally
        {
            slots.Release();
        }
    }
}
