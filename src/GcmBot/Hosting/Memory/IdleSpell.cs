namespace GcmBot.Hosting.Memory;

/// <summary>
/// Decides, one check at a time, when a busy spell has been followed by enough quiet checks: then (and only
/// then, once per busy spell) a trim is due. A check is busy when at least <paramref name="busyBytes"/> were
/// allocated since the one before; the first check counts everything allocated since the process started, so the
/// start-up (corpus, index) is a busy spell like any other and its leftovers are given back once it is quiet. A
/// compaction made elsewhere (the one after start) ends the spell it followed: what was allocated before it no
/// longer counts, and no trim is owed for it.
/// </summary>
internal sealed class IdleSpell(long busyBytes, int quietChecks)
{
    private long _allocated;
    private long _busyUntil;
    private int _quiet;
    private bool _owed;

    /// <summary>
    /// Takes the allocated-bytes count of one check and the count as the app's last compaction ended
    /// (<see cref="HeapCompactor.CoveredBytes"/>); true when the trim is due now.
    /// </summary>
    public bool Check(long allocated, long compactedAt)
    {
        var since = allocated - Math.Max(_allocated, compactedAt);
        _allocated = allocated;
        if (since >= busyBytes)
        {
            _owed = true;
            _busyUntil = allocated;
            _quiet = 0;
            return false;
        }

        if (_owed && compactedAt >= _busyUntil)
        {
            // A compaction after the last busy check has already given back what the spell grew.
            _owed = false;
        }

        if (!_owed || ++_quiet < quietChecks)
        {
            return false;
        }

        _owed = false;
        _quiet = 0;
        return true;
    }
}
