namespace GcmBot.Teams.Conversations;

/// <summary>
/// Saves that arrive while one is being written are written together, in one transaction. The save that finds no
/// write under way writes on its own thread at once; the ones that arrive meanwhile wait, and when that write ends the
/// first of them writes all of them. Every save still returns only after the commit that holds it, or throws that
/// commit's exception, so nothing is acknowledged before it is stored; concurrent turns share a commit (and its
/// statement) instead of each paying one, and no longer meet in SQLite's busy handler, which sleeps a millisecond or more.
/// </summary>
internal sealed class GroupCommit<T>(Func<IReadOnlyList<T>, Task> write)
{
    private readonly Lock gate = new();
    private List<Waiting> queued = [];
    private bool writing;

    public Task SaveAsync(T item, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        Waiting waiting;
        lock (gate)
        {
            if (!writing)
            {
                writing = true;
                return LeadAsync([item], batch: null);
            }

            waiting = new Waiting(item);
            queued.Add(waiting);
        }

        return FollowAsync(waiting);
    }

    private async Task FollowAsync(Waiting waiting)
    {
        // Not cancellable: once queued, the item may be in a batch someone is writing, or this wait may be asked to write it.
        if (await waiting.Outcome.Task is { } batch)
        {
            await LeadAsync(batch.ConvertAll(queued => queued.Item), batch);
        }
    }

    /// <summary>
    /// Writes <paramref name="items"/> (the first is the caller's; the rest are <paramref name="batch"/>'s, which wait), then
    /// hands the queue on.
    /// </summary>
    private async Task LeadAsync(IReadOnlyList<T> items, List<Waiting>? batch)
    {
        Exception? fault = null;
        try
        {
            await write(items);
        }
        catch (Exception ex)
        {
            fault = ex;
        }

        List<Waiting>? next = null;
        lock (gate)
        {
            if (queued.Count == 0)
            {
                writing = false;
            }
            else
            {
                next = queued;
                queued = [];
            }
        }

        for (var i = 1; batch is not null && i < batch.Count; i++)
        {
            _ = fault is null ? batch[i].Outcome.TrySetResult(null) : batch[i].Outcome.TrySetException(fault);
        }

        // The first of the next batch writes it, on its own continuation: this caller goes back to its turn.
        next?[0].Outcome.TrySetResult(next);
        if (fault is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
        }
    }

    private sealed class Waiting(T item)
    {
        public T Item => item;

        /// <summary>Null once the item is committed; a batch (starting with this one) when this caller is to write it.</summary>
        public TaskCompletionSource<List<Waiting>?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
