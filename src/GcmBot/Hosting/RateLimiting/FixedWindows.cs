namespace GcmBot.Hosting.RateLimiting;

/// <summary>
/// Fixed windows of permits per key, on <see cref="TimeProvider"/> (System.Threading.RateLimiting reads the
/// machine's clock, so its windows could not be tested on fake time). A key's window opens with its first
/// permit and lasts <c>window</c>; windows that have ended are swept once per window, so the map stays bounded
/// by the keys active in the last window.
/// </summary>
internal sealed class FixedWindows(int permits, TimeSpan window, TimeProvider time)
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _nextSweep;

    public int Count => _windows.Count;

    /// <summary>Whether <paramref name="key"/> has a permit left in its window.</summary>
    public bool CanTake(string key)
    {
        var now = time.GetTimestamp();
        Sweep(now);
        return permits > 0 && (!_windows.TryGetValue(key, out var open) || Ended(open, now) || open.Used < permits);
    }

    /// <summary>Takes one permit from <paramref name="key"/>; call after <see cref="CanTake"/>, under the caller's lock.</summary>
    public void Take(string key)
    {
        var now = time.GetTimestamp();
        _windows[key] = _windows.TryGetValue(key, out var open) && !Ended(open, now)
            ? open with { Used = open.Used + 1 }
            : new Window(now, 1);
    }

    public bool TryTake(string key)
    {
        if (!CanTake(key))
        {
            return false;
        }

        Take(key);
        return true;
    }

    /// <summary>
    /// Drops every ended window now, not at the next permit, and gives back the table's spare room: a busy spell
    /// grows it for every key it saw. Under the caller's lock, like <see cref="Take"/>.
    /// </summary>
    public void SweepNow()
    {
        _nextSweep = 0;
        Sweep(time.GetTimestamp());
        _windows.TrimExcess();
    }

    private bool Ended(Window open, long now) => time.GetElapsedTime(open.Opened, now) >= window;

    private void Sweep(long now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        foreach (var (key, open) in _windows)
        {
            if (Ended(open, now))
            {
                _windows.Remove(key);
            }
        }

        _nextSweep = now + (long)(window.TotalSeconds * time.TimestampFrequency);
    }

    private readonly record struct Window(long Opened, int Used);
}
