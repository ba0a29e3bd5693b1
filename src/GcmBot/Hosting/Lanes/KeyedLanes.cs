using System.Collections.Concurrent;

namespace GcmBot.Hosting.Lanes;

/// <summary>
/// Lanes keyed by an unbounded id (a conversation, a webhook token). <see cref="Sweep"/> removes every lane that
/// is unused and quiet, so the map holds only the keys that are live or still pacing, never every key ever seen.
/// A map's bucket array never shrinks as entries leave, so a sweep that leaves a quarter or less of a large peak
/// (a ramp of new conversations that has ended) copies the few live lanes into a new map and lets the old one go.
/// </summary>
internal sealed class KeyedLanes<TLane>
    where TLane : Lane, new()
{
    /// <summary>Below this many lanes at the peak the old map's buckets are not worth a copy.</summary>
    public const int ShrinkFromPeak = 1024;

    // Joins take this while they look a lane up and count themselves in, and a shrink while it copies and swaps the
    // map, so no join can add a lane to the old map after the copy (the key would get a second lane in the new one).
    private readonly Lock _mapGate = new();
    private readonly Lock _sweepGate = new();
    private ConcurrentDictionary<string, TLane> _lanes = new(StringComparer.Ordinal);
    private int _peak;

    public int Count => Volatile.Read(ref _lanes).Count;

    /// <summary>How many times a sweep replaced the map with a smaller one (for tests and diagnostics).</summary>
    public int Shrinks { get; private set; }

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

    /// <summary>Removes the lanes nobody uses that are quiet at <paramref name="now"/>; a sweep already running makes this one a no-op.</summary>
    public void Sweep(DateTimeOffset now)
    {
        if (!_sweepGate.TryEnter())
        {
            return;
        }

        try
        {
            // Lanes leave the map only here, so its size just before a sweep is its peak since the last one.
            var lanes = Volatile.Read(ref _lanes);
            _peak = Math.Max(_peak, lanes.Count);
            foreach (var entry in lanes)
            {
                lock (entry.Value.Sync)
                {
                    if (entry.Value.Users == 0 && entry.Value.IsQuiet(now))
                    {
                        entry.Value.Removed = true;
                        lanes.TryRemove(entry);
                    }
                }
            }

            if (_peak >= ShrinkFromPeak && lanes.Count <= _peak / 4)
            {
                Shrink(lanes);
            }
        }
        finally
        {
            _sweepGate.Exit();
        }
    }

    private void Shrink(ConcurrentDictionary<string, TLane> lanes)
    {
        lock (_mapGate)
        {
            // No join runs now, and no other sweep: the lanes copied are all there are, in use or not.
            var smaller = new ConcurrentDictionary<string, TLane>(lanes, StringComparer.Ordinal);
            Volatile.Write(ref _lanes, smaller);
            _peak = smaller.Count;
            Shrinks++;
        }
    }

    private TLane Join(string key)
    {
        lock (_mapGate)
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
    }

    private static void Leave(TLane lane)
    {
        lock (lane.Sync)
        {
            lane.Users--;
        }
    }
}
