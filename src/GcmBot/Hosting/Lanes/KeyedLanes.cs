using System.Collections.Concurrent;

namespace GcmBot.Hosting.Lanes;

/// <summary>
/// Lanes keyed by an unbounded id (a conversation, a webhook token). <see cref="Prune"/> (on the request path) and
/// <see cref="Sweep"/> (the idle trim's) remove every lane that is unused and quiet, so the map holds only the keys
/// that are live or still pacing, never every key ever seen. A map's bucket array never shrinks as entries leave, so
/// the idle sweep, when it leaves a quarter or less of a large peak (a ramp of new conversations that has ended),
/// copies the few live lanes into a new map and lets the old one go. Joining a lane takes no lock but the lane's own.
/// </summary>
internal sealed class KeyedLanes<TLane>
    where TLane : Lane, new()
{
    /// <summary>Below this many lanes at the peak the old map's buckets are not worth a copy.</summary>
    public const int ShrinkFromPeak = 1024;

    private readonly Lock _sweepGate = new();
    private LaneMap _map = new(new ConcurrentDictionary<string, TLane>(StringComparer.Ordinal), generation: 0);
    private int _peak;

    public int Count => Volatile.Read(ref _map).Lanes.Count;

    /// <summary>How many times a sweep replaced the map with a smaller one (for tests and diagnostics).</summary>
    public int Shrinks => Volatile.Read(ref _map).Generation;

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

    /// <summary>
    /// Removes the lanes nobody uses that are quiet at <paramref name="now"/>, and never copies the map, so joins
    /// running beside it never wait; for the request path. A sweep already running makes this one a no-op.
    /// </summary>
    public void Prune(DateTimeOffset now) => Remove(now, shrink: false);

    /// <summary>
    /// <see cref="Prune"/>, then, when a quarter or less of a peak of at least <see cref="ShrinkFromPeak"/> lanes is
    /// left, replaces the map with a copy of the rest. Joins that arrive during the copy wait for it, so this is
    /// for the idle trim, when hardly anything joins.
    /// </summary>
    public void Sweep(DateTimeOffset now) => Remove(now, shrink: true);

    private void Remove(DateTimeOffset now, bool shrink)
    {
        if (!_sweepGate.TryEnter())
        {
            return;
        }

        try
        {
            // Lanes leave the map only here, so its size just before a sweep is its peak since the last one.
            var map = Volatile.Read(ref _map);
            _peak = Math.Max(_peak, map.Lanes.Count);
            foreach (var entry in map.Lanes)
            {
                lock (entry.Value.Sync)
                {
                    if (entry.Value.Users == 0 && entry.Value.IsQuiet(now))
                    {
                        entry.Value.Removed = true;
                        map.Lanes.TryRemove(entry);
                    }
                }
            }

            if (shrink && _peak >= ShrinkFromPeak && map.Lanes.Count <= _peak / 4)
            {
                Shrink(map);
            }
        }
        finally
        {
            _sweepGate.Exit();
        }
    }

    // Sealing the old map first makes every join on it wait for the new map unless its lane was copied already;
    // lanes are copied under their own lock, so a lane is either copied (and keeps its users and waiters) or was
    // added behind the copy and is never handed out. The old map stays sealed for a join still holding it. Each
    // copied lane records the new map's generation, so a join on the sealed map can tell "copied into its successor"
    // from "copied into it by an earlier shrink".
    private void Shrink(LaneMap old)
    {
        Interlocked.Exchange(ref old.Sealed, 1);
        var smaller = new LaneMap(new ConcurrentDictionary<string, TLane>(StringComparer.Ordinal), old.Generation + 1);
        foreach (var entry in old.Lanes)
        {
            lock (entry.Value.Sync)
            {
                if (!entry.Value.Removed)
                {
                    entry.Value.CopiedInto = smaller.Generation;
                    smaller.Lanes[entry.Key] = entry.Value;
                }
            }
        }

        Volatile.Write(ref _map, smaller);
        _peak = smaller.Lanes.Count;
    }

    private TLane Join(string key)
    {
        var spin = default(SpinWait);
        while (true)
        {
            var map = Volatile.Read(ref _map);
            var lane = map.Lanes.GetOrAdd(key, static _ => new TLane());
            lock (lane.Sync)
            {
                // A sweep removed this lane between the lookup and the lock, or a shrink is replacing this map and
                // has not copied this lane into the next one: look again (in the new map, once it is in place).
                if (!lane.Removed && (Volatile.Read(ref map.Sealed) == 0 || lane.CopiedInto > map.Generation))
                {
                    lane.Users++;
                    return lane;
                }
            }

            spin.SpinOnce();
        }
    }

    private static void Leave(TLane lane)
    {
        lock (lane.Sync)
        {
            lane.Users--;
        }
    }

    /// <summary>The lanes, and how many maps this one replaced: 0 for the first, one more with each shrink.</summary>
    private sealed class LaneMap(ConcurrentDictionary<string, TLane> lanes, int generation)
    {
        public readonly ConcurrentDictionary<string, TLane> Lanes = lanes;
        public readonly int Generation = generation;
        public int Sealed;
    }
}
