namespace GcmBot.Benchmarks.Fanout;

/// <summary>At most <paramref name="limit"/> requests in any window of <paramref name="windowMs"/> milliseconds (Environment.TickCount64).</summary>
internal sealed class SlidingWindow(int limit, long windowMs)
{
    private readonly Queue<long> _taken = new();
    private readonly Lock _lock = new();

    /// <summary>Counts the request and returns true when it fits; false (not counted) when the window is full.</summary>
    public bool TryTake(long now)
    {
        lock (_lock)
        {
            while (_taken.Count > 0 && now - _taken.Peek() >= windowMs)
            {
                _taken.Dequeue();
            }

            if (_taken.Count >= limit)
            {
                return false;
            }

            _taken.Enqueue(now);
            return true;
        }
    }
}
