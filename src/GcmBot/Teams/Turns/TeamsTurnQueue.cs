using System.Threading.Channels;
using GcmBot.Hosting.RateLimiting;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Authenticated activities waiting for the worker. The endpoint acknowledges at once (Teams waits only
/// seconds for the HTTP answer) and replies go out through the Connector. Activities are spread over
/// Teams:MaxConcurrentTurns lanes by conversation, so one conversation's turns run in arrival order
/// while different conversations proceed in parallel. A full lane answers 503.
/// </summary>
internal sealed class TeamsTurnQueue
{
    public const int CapacityPerLane = 128;

    private readonly Channel<TeamsTurn>[] lanes;
    private int unfinished;

    public TeamsTurnQueue(IOptions<TeamsOptions> options)
    {
        lanes = new Channel<TeamsTurn>[options.Value.MaxConcurrentTurns];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Channel.CreateBounded<TeamsTurn>(new BoundedChannelOptions(CapacityPerLane) { SingleReader = true });
        }
    }

    public IEnumerable<ChannelReader<TeamsTurn>> Lanes => lanes.Select(lane => lane.Reader);

    /// <summary>Activities waiting in all lanes (not counting turns under way).</summary>
    public int Count => lanes.Sum(lane => lane.Reader.Count);

    /// <summary>Turns queued or under way, not yet finished: 0 means idle (what tests wait for instead of a quiet period).</summary>
    public int Unfinished => Volatile.Read(ref unfinished);

    /// <summary>The worker finished a turn taken from a lane (answered, failed or abandoned).</summary>
    public void Finished() => Interlocked.Decrement(ref unfinished);

    /// <summary>Takes nothing more; the lanes end once what is queued has been read (the app is stopping).</summary>
    public void Complete()
    {
        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }
    }

    public bool TryEnqueue(Activity activity, RateVerdict? verdict = null)
    {
        var key = activity.Conversation?.Id ?? string.Empty;
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)lanes.Length);
        Interlocked.Increment(ref unfinished);
        // The request's trace goes with the turn, so the reply sent later by the worker is part of the same trace.
        var trace = System.Diagnostics.Activity.Current?.Context ?? default;
        if (lanes[lane].Writer.TryWrite(new TeamsTurn(activity, verdict ?? RateVerdict.Allowed, trace)))
        {
            return true;
        }

        Interlocked.Decrement(ref unfinished);
        return false;
    }
}

/// <summary>A queued activity, the rate limit's verdict on it (taken before it was queued) and the trace it arrived in.</summary>
internal sealed record TeamsTurn(Activity Activity, RateVerdict Verdict, System.Diagnostics.ActivityContext Trace);
