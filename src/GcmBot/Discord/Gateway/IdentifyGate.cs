namespace GcmBot.Discord.Gateway;

/// <summary>
/// Spaces IDENTIFY calls: one per 5 s in each max_concurrency bucket (shard_id % max_concurrency), and
/// none while the daily session start limit from GET /gateway/bot is used up: going over 1000 a day
/// ends every session and resets the bot token.
/// </summary>
internal sealed class IdentifyGate(TimeProvider time, GatewayTimings timings, ILogger<IdentifyGate> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _lastByBucket = [];
    private int _maxConcurrency = 1;
    private int? _remaining;
    private DateTimeOffset _resetAt;

    /// <summary>Records session_start_limit (remaining, reset_after in ms, max_concurrency) as Discord last reported it.</summary>
    public void Update(int remaining, double resetAfterMilliseconds, int maxConcurrency = 1)
    {
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(resetAfterMilliseconds);
            _maxConcurrency = Math.Max(1, maxConcurrency);
        }
    }

    /// <summary>Waits for shard 0's turn (an unsharded bot).</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => WaitAsync(0, cancellationToken);

    /// <summary>
    /// Waits for <paramref name="shardId"/>'s turn. The slot is taken when the wait starts, so a wait that is
    /// cancelled still spaces the next IDENTIFY of its bucket (erring on the slow side).
    /// </summary>
    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var bucket = shardId % _maxConcurrency;
            var next = _lastByBucket.TryGetValue(bucket, out var last) ? last + timings.IdentifySpacing : now;
            if (_remaining <= 0 && _resetAt > next)
            {
                next = _resetAt;
                Log.IdentifyLimitReached(logger, _resetAt - now);
            }

            wait = next > now ? next - now : TimeSpan.Zero;
            _lastByBucket[bucket] = now + wait;
            _remaining--;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
