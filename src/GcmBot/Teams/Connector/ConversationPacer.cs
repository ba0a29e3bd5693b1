using GcmBot.Hosting.Lanes;
using GcmBot.Hosting.Memory;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Serialises sends per conversation and keeps Teams:ConversationPacing between them, because Teams
/// throttles each bot per thread (about 7 per second, 60 per 30 seconds, 1800 per hour). A conversation's
/// lane is dropped once no send holds or waits on it and its pacing gap is over, so the map stays bounded: by the
/// next send's sweep every <see cref="SweepEvery"/>, or by the idle trim's sweep when no send comes.
/// </summary>
internal sealed class ConversationPacer(IOptions<TeamsOptions> options, TimeProvider time) : IIdleSweep
{
    /// <summary>
    /// How often lanes of finished conversations are swept away. A lane outlives its (1 s default) gap by up to this
    /// long, so the map holds about this many seconds' worth of conversations: under a load of new conversations
    /// (thousands a second) a minute's worth was tens of MB of lanes; a sweep walks the map once, without blocking sends.
    /// </summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(5);

    private readonly KeyedLanes<PacedLane> lanes = new();
    private readonly SweepSchedule sweep = new(time, SweepEvery);

    /// <summary>Conversations with a lane (live or still inside their pacing gap, until the next sweep).</summary>
    public int LaneCount => lanes.Count;

    /// <summary>Drops the lanes nobody holds or waits on whose pacing gap is over (the idle trim calls it).</summary>
    public void SweepIdle() => lanes.Sweep(time.GetUtcNow());

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (sweep.TryClaim(out var now))
        {
            lanes.Prune(now);
        }

        var lane = await lanes.EnterAsync(conversationId, cancellationToken);
        try
        {
            var wait = lane.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            lanes.Exit(lane);
            throw;
        }

        return new Exit(this, lane);
    }

    private void Leave(PacedLane lane)
    {
        lane.NextAllowed = time.GetUtcNow() + options.Value.ConversationPacing;
        lanes.Exit(lane);
    }

    private sealed class PacedLane : Lane
    {
        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;

        // Past the gap, a fresh lane (no gap) sends exactly as this one would.
        public override bool IsQuiet(DateTimeOffset now) => NextAllowed <= now;
    }

    private sealed class Exit(ConversationPacer pacer, PacedLane lane) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                pacer.Leave(lane);
            }
        }
    }
}
