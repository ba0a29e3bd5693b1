namespace GcmBot.Hosting;

/// <summary>
/// A background service that finishes the work it already owes users when the app stops. Stopping calls
/// <see cref="OnStopping"/> (close the queue: nothing new arrives once the server has stopped taking requests),
/// then waits for <c>ExecuteAsync</c> to finish what is queued. Only the host's shutdown time limit cancels
/// <see cref="Deadline"/>, the token the owed work runs under; <c>stoppingToken</c> means "take nothing new".
/// </summary>
public abstract class DrainingBackgroundService : BackgroundService
{
    private readonly CancellationTokenSource _deadline = new();

    /// <summary>Cancelled only when the host's shutdown time limit runs out, not when stopping begins.</summary>
    public CancellationToken Deadline => _deadline.Token;

    public sealed override async Task StopAsync(CancellationToken cancellationToken)
    {
        OnStopping();
        await using (cancellationToken.Register(_deadline.Cancel))
        {
            await base.StopAsync(cancellationToken);
        }

        // base.StopAsync stops waiting when the limit runs out, and its callback can run before ours: the registration
        // above may then be disposed unrun. The work still under way must see the deadline either way.
        if (cancellationToken.IsCancellationRequested)
        {
            await _deadline.CancelAsync();
        }
    }

    public override void Dispose()
    {
        _deadline.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs first when the app begins stopping, e.g. to complete the queue the service reads.</summary>
    protected virtual void OnStopping()
    {
    }
}
