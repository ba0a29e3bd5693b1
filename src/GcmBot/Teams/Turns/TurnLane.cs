namespace GcmBot.Teams.Turns;

/// <summary>
/// One of <see cref="TeamsTurnQueue"/>'s lanes: the turns waiting in it and whether a turn of it is under way. At most
/// one turn of a lane runs at a time, and they run in the order they were queued; whoever finds the lane idle runs it.
/// </summary>
internal sealed class TurnLane(int capacity)
{
    private readonly Queue<TeamsTurn> waiting = new();
    private bool running;

    public int Count
    {
        get
        {
            lock (waiting)
            {
                return waiting.Count;
            }
        }
    }

    /// <summary>
    /// Queues the turn, or, when nothing of this lane is queued or under way and <paramref name="mayRun"/>, claims the lane
    /// for the caller, who must then run the turn and go on with <see cref="TryTakeNext"/>.
    /// </summary>
    public LaneEntry TryAdd(TeamsTurn turn, bool mayRun)
    {
        lock (waiting)
        {
            if (!running && waiting.Count == 0 && mayRun)
            {
                running = true;
                return LaneEntry.RunNow;
            }

            if (waiting.Count >= capacity)
            {
                return LaneEntry.Full;
            }

            waiting.Enqueue(turn);
            return LaneEntry.Queued;
        }
    }

    /// <summary>Claims an idle lane that has turns waiting (the runner was not there yet when they came); false otherwise.</summary>
    public bool TryClaimWaiting(out TeamsTurn turn)
    {
        lock (waiting)
        {
            if (!running && waiting.TryDequeue(out turn!))
            {
                running = true;
                return true;
            }

            turn = null!;
            return false;
        }
    }

    /// <summary>For the lane's runner after a turn: the next one, or false, and the lane is idle again.</summary>
    public bool TryTakeNext(out TeamsTurn turn)
    {
        lock (waiting)
        {
            if (waiting.TryDequeue(out turn!))
            {
                return true;
            }

            running = false;
            return false;
        }
    }

    /// <summary>Drops what is waiting (the shutdown time limit ran out) and says how many turns that was.</summary>
    public int Abandon()
    {
        lock (waiting)
        {
            var count = waiting.Count;
            waiting.Clear();
            running = false;
            return count;
        }
    }
}

/// <summary>What <see cref="TurnLane.TryAdd"/> did with a turn.</summary>
internal enum LaneEntry
{
    Full,
    Queued,
    RunNow,
}
