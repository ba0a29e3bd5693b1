namespace GcmBot.Hosting.Memory;

/// <summary>
/// Decides, one check at a time, when a busy spell has been followed by enough quiet checks: then (and only
/// then, once per busy spell) a trim is due. A check is busy when at least <paramref name="busyBytes"/> were
/// allocated since the one before; the first check counts everything allocated since the process started, so the
/// start-up (corpus, index) is a busy spell like any other and its leftovers are given back once it is quiet.
/// </summary>
internal sealed class IdleSpell(long busyBytes, int quietChecks)
{
    private long _allocated;
    private int _quiet;
    private bool _owed;

    /// <summary>Takes the allocated-bytes count of one check; true when the trim is due now.</summary>
    public bool Check(long allocated)
    {
        var since = allocated - _allocated;
        _allocated = allocated;
        if (since >= busyBytes)
        {
            _owed = true;
            _quiet = 0;
            return false;
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
