namespace GcmBot.Hosting.Memory;

/// <summary>
/// A map that drops expired entries only when traffic passes through it (a sweep on the next request) would keep
/// the last busy spell's entries for as long as the app stays quiet. The idle trim calls every registered sweep
/// just before it compacts, so what has expired is gone and its memory is given back with the rest.
/// </summary>
internal interface IIdleSweep
{
    /// <summary>Drops every entry that has expired by now; must be safe to call alongside ordinary traffic.</summary>
    void SweepIdle();
}
