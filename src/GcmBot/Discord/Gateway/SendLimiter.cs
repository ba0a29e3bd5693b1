namespace GcmBot.Discord.Gateway;

/// <summary>
/// Keeps one connection under Discord's send limit (120 frames per 60 s) with a sliding window. A few
/// slots are kept for heartbeats so other frames can never crowd them out.
/// </summary>
internal sealed class SendLimiter(TimeProvider time, GatewayTimings timings)
{
    private const int HeartbeatReserve = 5;

    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _lock = new();

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var limit = heartbeat ? timings.SendLimit : timings.SendLimit - HeartbeatReserve;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && now - _sent.Peek() >= timings.SendWindow)
                {
                    _sent.Dequeue();
                }

                if (_sent.Count < limit)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.ElementAt(_sent.Count - limit) + timings.SendWindow - now;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }
}
