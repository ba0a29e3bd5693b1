namespace GcmBot.Discord.Rest;

/// <summary>
/// Counts the requests Discord calls invalid (401, 403, and 429 except "shared" scope) over a sliding
/// window, and makes callers wait once the budget is spent, far below the 10,000 that gets an IP banned.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, DiscordRestTimings timings)
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();

    public void Count()
    {
        lock (_lock)
        {
            _recent.Enqueue(time.GetUtcNow());
        }
    }

    /// <summary>Zero while under budget; otherwise how long until the oldest counted request leaves the window.</summary>
    public TimeSpan WaitBefore()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_recent.Count > 0 && now - _recent.Peek() >= timings.InvalidRequestWindow)
            {
                _recent.Dequeue();
            }

            return _recent.Count < timings.InvalidRequestBudget ? TimeSpan.Zero : _recent.Peek() + timings.InvalidRequestWindow - now;
        }
    }
}
