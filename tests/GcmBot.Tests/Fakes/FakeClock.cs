using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Fakes;

/// <summary>
/// The library's <see cref="FakeTimeProvider"/> (time moves only on Advance; due timers fire in order),
/// plus a count of the timers waiting on it. A component that awaits a delay on this clock has created
/// such a timer: waiting for the count is how a test knows the component is idle before moving time.
/// </summary>
internal sealed class FakeClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _waiting;

    /// <summary>Timers scheduled to fire (a one-shot timer stops counting when it fires or is disposed).</summary>
    public int WaitingTimers => Volatile.Read(ref _waiting);

    public void AdvanceTo(DateTimeOffset instant) => Advance(instant - GetUtcNow());

    /// <summary>Waits (real time, with a deadline) until at least <paramref name="count"/> timers wait on this clock.</summary>
    public Task WaitForTimersAsync(int count = 1) =>
        Eventually.WaitUntil(() => WaitingTimers >= count, () => $"{WaitingTimers} timer(s) waiting at {GetUtcNow():O}", what: $"{count} timer(s) waiting on the fake clock");

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new CountedTimer(this);
        timer.Schedule(dueTime, period);
        timer.Inner = base.CreateTimer(s => timer.Fire(callback, s), state, dueTime, period);
        return timer;
    }

    private sealed class CountedTimer(FakeClock clock) : ITimer
    {
        private readonly Lock _lock = new();
        private bool _scheduled;
        private bool _periodic;

        public ITimer Inner { get; set; } = null!;

        public void Schedule(TimeSpan dueTime, TimeSpan period)
        {
            lock (_lock)
            {
                _periodic = period != Timeout.InfiniteTimeSpan && period != TimeSpan.Zero;
                Count(dueTime != Timeout.InfiniteTimeSpan);
            }
        }

        public void Fire(TimerCallback callback, object? state)
        {
            lock (_lock)
            {
                if (!_periodic)
                {
                    Count(false);
                }
            }

            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (_lock)
            {
                Count(false);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Count(bool scheduled)
        {
            if (scheduled != _scheduled)
            {
                _scheduled = scheduled;
                Interlocked.Add(ref clock._waiting, scheduled ? 1 : -1);
            }
        }
    }
}
