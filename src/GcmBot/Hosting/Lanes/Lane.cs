namespace GcmBot.Hosting.Lanes;

/// <summary>
/// One key's turn (a one-at-a-time gate) plus whatever state the owner keeps with it. The map counts who holds
/// or waits on the turn, so it only drops a lane nobody uses and whose state says dropping it changes nothing.
/// </summary>
internal class Lane
{
    internal readonly Lock Sync = new();
    internal int Users;
    internal bool Removed;

    // The generation of the newest map a shrink copied this lane into (0: never copied; see KeyedLanes.Shrink).
    internal int CopiedInto;

    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>True when a brand-new lane would behave the same as this one from <paramref name="now"/> on.</summary>
    public virtual bool IsQuiet(DateTimeOffset now) => true;
}
