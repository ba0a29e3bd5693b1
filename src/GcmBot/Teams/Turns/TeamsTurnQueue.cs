using GcmBot.Hosting.RateLimiting;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Authenticated activities waiting for their turn. The endpoint acknowledges at once (Teams waits only seconds for
/// the HTTP answer) and replies go out through the Connector. Activities are spread over Teams:MaxConcurrentTurns lanes
/// by conversation, so one conversation's turns run in arrival order while different conversations proceed in
/// parallel, at most one turn per lane at a time. A turn whose lane is idle runs on the request's own thread once the
/// 200 has been written (<see cref="TurnAdmission.RunIfClaimed"/>); otherwise it waits in the lane and the lane's
/// runner takes it next, on the thread its last turn finished on. A full lane answers 503.
/// </summary>
internal sealed class TeamsTurnQueue(IOptions<TeamsOptions> options, ILogger<TeamsTurnQueue> logger)
{
    public const int CapacityPerLane = 128;

    private readonly TurnLane[] lanes = [.. Enumerable.Range(0, options.Value.MaxConcurrentTurns).Select(_ => new TurnLane(CapacityPerLane))];
    private readonly TaskCompletionSource drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Func<TeamsTurn, CancellationToken, Task>? runner;
    private CancellationToken abort;
    private int unfinished;
    private volatile bool completed;

    /// <summary>Activities waiting in all lanes (not counting turns under way).</summary>
    public int Count => lanes.Sum(lane => lane.Count);

    /// <summary>Turns queued or under way, not yet finished: 0 means idle (what tests wait for instead of a quiet period).</summary>
    public int Unfinished => Volatile.Read(ref unfinished);

    /// <summary>Completes once <see cref="Complete"/> was called and every turn taken before it has finished.</summary>
    public Task Drained => drained.Task;

    /// <summary>
    /// Turns run through <paramref name="run"/> from now on (which handles its own failures); <paramref name="deadline"/>
    /// cancelled drops what is still queued. Turns queued before this start now.
    /// </summary>
    public void Start(Func<TeamsTurn, CancellationToken, Task> run, CancellationToken deadline)
    {
        abort = deadline;
        Volatile.Write(ref runner, run);
        foreach (var lane in lanes)
        {
            RunWaiting(lane);
        }
    }

    /// <summary>Takes nothing more; <see cref="Drained"/> completes once what was taken has finished (the app is stopping).</summary>
    public void Complete()
    {
        completed = true;
        if (Unfinished == 0)
        {
            drained.TrySetResult();
        }
    }

    public TurnAdmission TryEnqueue(Activity activity, RateVerdict? verdict = null)
    {
        Interlocked.Increment(ref unfinished);
        if (completed)
        {
            Finished(1);
            return default;
        }

        var key = activity.Conversation?.Id ?? string.Empty;
        var lane = lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)lanes.Length)];

        // The request's trace goes with the turn, so the reply sent later is part of the same trace.
        var turn = new TeamsTurn(activity, verdict ?? RateVerdict.Allowed, System.Diagnostics.Activity.Current?.Context ?? default);
        var started = Volatile.Read(ref runner) is not null;
        switch (lane.TryAdd(turn, mayRun: started))
        {
            case LaneEntry.RunNow:
                return new TurnAdmission(true, this, lane, turn);
            case LaneEntry.Queued:
                if (!started)
                {
                    // Start may have looked at this lane before the turn was in it.
                    RunWaiting(lane);
                }

                return new TurnAdmission(true, null, null, null);
            default:
                Finished(1);
                return default;
        }
    }

    internal void Run(TurnLane lane, TeamsTurn turn) => _ = RunLaneAsync(lane, turn);

    private void RunWaiting(TurnLane lane)
    {
        if (Volatile.Read(ref runner) is not null && lane.TryClaimWaiting(out var turn))
        {
            Run(lane, turn);
        }
    }

    // Runs the lane's turns one after another until it is empty; never throws (the runner handles a turn's failure).
    private async Task RunLaneAsync(TurnLane lane, TeamsTurn turn)
    {
        // The request this may start on is not the turn's parent any more than the queue's: each turn carries its trace.
        System.Diagnostics.Activity.Current = null;
        var run = Volatile.Read(ref runner)!;
        do
        {
            try
            {
                abort.ThrowIfCancellationRequested();
                await run(turn, abort);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                var dropped = lane.Abandon();
                Log.TurnsAbandoned(logger, dropped);
                Finished(dropped + 1);
                return;
            }

            Finished(1);
        }
        while (lane.TryTakeNext(out turn));
    }

    private void Finished(int turns)
    {
        if (Interlocked.Add(ref unfinished, -turns) == 0 && completed)
        {
            drained.TrySetResult();
        }
    }
}

/// <summary>A queued activity, the rate limit's verdict on it (taken before it was queued) and the trace it arrived in.</summary>
internal sealed record TeamsTurn(Activity Activity, RateVerdict Verdict, System.Diagnostics.ActivityContext Trace);

/// <summary>
/// The queue's answer to an activity: refused (the lane is full or the app is stopping), queued behind its lane's turns,
/// or claimed: its lane was idle, and the caller runs it once the activity has been acknowledged.
/// </summary>
internal readonly record struct TurnAdmission(bool Accepted, TeamsTurnQueue? Queue, TurnLane? Lane, TeamsTurn? Turn)
{
    /// <summary>
    /// Runs a claimed turn on the calling thread until it first waits (for the Connector, usually), and the lane's queued
    /// turns after it; call it once the 200 is written. Does nothing for a queued turn.
    /// </summary>
    public void RunIfClaimed()
    {
        if (Lane is not null)
        {
            Queue!.Run(Lane, Turn!);
        }
    }
}
