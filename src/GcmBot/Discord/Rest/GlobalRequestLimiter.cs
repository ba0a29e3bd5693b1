using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Rest;

/// <summary>
/// Keeps this replica within its share of Discord's global limit (50 requests per second per bot token,
/// across every replica): Discord:GlobalRequestsPerSecond calls in any one-second window, sliding.
/// Interaction webhooks are exempt from the global limit and do not pass through here.
/// </summary>
internal sealed class GlobalRequestLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    /// <summary>Waits until a call fits in the window, then counts it; true when it had to wait.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        var limit = options.Value.GlobalRequestsPerSecond;
        var waited = false;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= Window)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return waited;
                }

                wait = _sent.ElementAt(_sent.Count - limit) + Window - now;
            }

            waited = true;
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }
}
