using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Rest;

/// <summary>
/// Keeps this replica within its share of Discord's global limit (50 requests per second per bot token,
/// across every replica): Discord:GlobalRequestsPerSecond calls in any one-second window, sliding.
/// A call holds its place from the moment it is let through until one second after its answer came
/// back. Discord counts a call when it arrives, which is somewhere in between, so however late a
/// loaded machine actually sends it, every one-second window at Discord holds at most the share.
/// (Counting from the moment a call is let through is not enough: calls let through a second apart can
/// arrive less than a second apart.) Interaction webhooks are exempt and do not pass through here.
/// </summary>
internal sealed class GlobalRequestLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Queue<DateTimeOffset> _answered = new();
    private readonly Lock _lock = new();
    private int _inFlight;
    private TaskCompletionSource _released = NewSignal();

    /// <summary>Waits until a call fits in the window and takes its place; dispose the slot when the answer has come back.</summary>
    public async Task<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        var limit = options.Value.GlobalRequestsPerSecond;
        var waited = false;
        while (true)
        {
            TimeSpan? wait;
            Task released;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_answered.Count > 0 && now - _answered.Peek() >= Window)
                {
                    _answered.Dequeue();
                }

                if (_inFlight + _answered.Count < limit)
                {
                    _inFlight++;
                    return new Slot(this, waited);
                }

                // The oldest answered calls leave the window first; calls still in flight leave only once answered.
                var mustLeave = _inFlight + _answered.Count - limit + 1;
                wait = mustLeave <= _answered.Count ? _answered.ElementAt(mustLeave - 1) + Window - now : null;
                released = _released.Task;
            }

            waited = true;
            if (wait is { } delay)
            {
                await Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.FromMilliseconds(1), time, cancellationToken);
            }
            else
            {
                await released.WaitAsync(cancellationToken);
            }
        }
    }

    private void Leave()
    {
        TaskCompletionSource released;
        lock (_lock)
        {
            _inFlight--;
            _answered.Enqueue(time.GetUtcNow());
            released = _released;
            _released = NewSignal();
        }

        released.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One call's place in the window; <see cref="Waited"/> when it had to wait for it.</summary>
    public sealed class Slot(GlobalRequestLimiter limiter, bool waited) : IDisposable
    {
        private int _disposed;

        public bool Waited { get; } = waited;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                limiter.Leave();
            }
        }
    }
}
