namespace GcmBot.Hosting.Lanes;

/// <summary>Says when a periodic sweep is due on the TimeProvider, and lets exactly one caller run it.</summary>
internal sealed class SweepSchedule(TimeProvider time, TimeSpan every)
{
    private long _nextTicks = time.GetUtcNow().UtcTicks + every.Ticks;

    /// <summary>True for one caller once <c>every</c> has passed since the last sweep; that caller sweeps.</summary>
    public bool TryClaim(out DateTimeOffset now)
    {
        now = time.GetUtcNow();
        var next = Interlocked.Read(ref _nextTicks);
        return now.UtcTicks >= next && Interlocked.CompareExchange(ref _nextTicks, now.UtcTicks + every.Ticks, next) == next;
    }
}
