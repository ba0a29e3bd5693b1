namespace GcmBot.Tests.Fakes;

/// <summary>
/// A platform's sliding-window limit, as the fakes enforce it (Discord's global limit; Teams' per-app and
/// per-conversation limits in the benchmark's Connector): at most a given number of requests in any window of
/// <paramref name="windowMs"/> milliseconds. Times are the caller's milliseconds; safe to share between threads.
/// </summary>
internal sealed class SlidingWindow(long windowMs)
{
    private readonly Queue<long> _taken = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// Counts the request at <paramref name="now"/> and returns true when fewer than <paramref name="limit"/> are in the
    /// window; otherwise returns false without counting it, and <paramref name="freeAt"/> is when the oldest leaves.
    /// </summary>
    public bool TryTake(long now, int limit, out long freeAt)
    {
        lock (_lock)
        {
            while (_taken.Count > 0 && now - _taken.Peek() >= windowMs)
            {
                _taken.Dequeue();
            }

            if (_taken.Count < limit)
            {
                _taken.Enqueue(now);
                freeAt = now;
                return true;
            }

            freeAt = _taken.Peek() + windowMs;
            return false;
        }
    }
}
