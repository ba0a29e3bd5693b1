namespace GcmBot.Discord.Interactions;

/// <summary>
/// Remembers the interaction ids already answered, for as long as their signature could still pass, so
/// a captured request sent again is refused. A seam so a shared store (e.g. PostgreSQL, for several
/// instances behind one URL) can replace the in-memory one.
/// </summary>
public interface IInteractionReplayGuard
{
    /// <summary>Records <paramref name="interactionId"/> if it is new; says why not otherwise.</summary>
    Task<ReplayVerdict> TryAcceptAsync(string interactionId, CancellationToken cancellationToken);
}

public enum ReplayVerdict
{
    /// <summary>First sighting within the window: answer it.</summary>
    Accepted,

    /// <summary>Seen before within the window: a replay, refused.</summary>
    Replayed,

    /// <summary>The cache is full of ids still inside the window; refused rather than risking a replay.</summary>
    Full,

    /// <summary>The shared store of ids cannot be reached; refused rather than risking a replay.</summary>
    Unavailable,
}
