namespace GcmBot.Discord.Gateway;

/// <summary>
/// Spaces IDENTIFY calls (one per 5 s) and respects the daily session start limit from GET /gateway/bot:
/// going over 1000 a day ends every session and resets the bot token.
/// </summary>
internal sealed class IdentifyGate(TimeProvider time, GatewayTimings timings, ILogger<IdentifyGate> logger)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private int? _remaining;
    private DateTimeOffset _resetAt;

    /// <summary>Records session_start_limit.remaining and reset_after (ms) as Discord last reported them.</summary>
    public void Update(int remaining, double resetAfterMilliseconds)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(resetAfterMilliseconds);
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var next = _last + timings.IdentifySpacing;
            if (_remaining <= 0 && _resetAt > next)
            {
                next = _resetAt;
                Log.IdentifyLimitReached(logger, _resetAt - now);
            }

            wait = next > now ? next - now : TimeSpan.Zero;
            _last = now + wait;
            _remaining--;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
