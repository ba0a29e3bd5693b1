using System.Collections.Concurrent;

namespace GcmBot.Hosting.Lanes;

/// <summary>
/// Lanes keyed by an unbounded id (a conversation, a webhook token). <see cref="Sweep"/> removes every lane that
/// is unused and quiet, so the map holds only the keys that are live or still pacing, never every key ever seen.
/// </summary>
internal sealed class KeyedLanes<TLane>
    where TLane : Lane, new()
{
    private readonly ConcurrentDictionary<string, TLane> _lanes = new(StringComparer.Ordinal);

    public int Count => _lanes.Count;

    /// <summary>Waits for the key's turn; the caller must pass the lane back to <see cref="Exit"/>.</summary>
    public async Task<TLane> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var lane = Join(key);
        try
        {
            await lane.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(lane);
            throw;
        }

        return lane;
    }

    /// <summary>Gives the turn back; update the lane's state before calling this.</summary>
    public void Exit(TLane lane)
    {
        lane.Turn.Release();
        Leave(lane);
    }

    public void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _lanes)
        {
            lock (entry.Value.Sync)
            {
                if (entry.Value.Users == 0 && entry.Value.IsQuiet(now))
                {
                    entry.Value.Removed = true;
                    _lanes.TryRemove(entry);
                }
            }
        }
    }

    private TLane Join(string key)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(key, static _ => new TLane());
            lock (lane.Sync)
            {
                // A sweep removed this lane between the lookup and the lock: take the new one instead.
                if (!lane.Removed)
                {
                    lane.Users++;
                    return lane;
                }
            }
        }
    }

    private static void Leave(TLane lane)
    {
        lock (lane.Sync)
        {
            lane.Users--;
        }
    }
}
