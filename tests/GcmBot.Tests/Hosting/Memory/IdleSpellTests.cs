using GcmBot.Hosting.Memory;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class IdleSpellTests
{
    private const long Busy = 100;

    /// <summary>No compaction has happened anywhere in the app.</summary>
    private const long None = HeapCompactor.None;

    [Fact]
    public void Check_QuietFromTheStart_NeverDue()
    {
        var spell = new IdleSpell(Busy, quietChecks: 3);

        // Below the busy threshold every time: nothing grew, so nothing is owed.
        Assert.DoesNotContain(true, Enumerable.Range(0, 50).Select(i => spell.Check(i * (Busy - 1), None)));
    }

    [Fact]
    public void Check_BusyThenQuiet_DueOnceOnTheThirdQuietCheck()
    {
        var spell = new IdleSpell(Busy, quietChecks: 3);
        var allocated = 0L;
        spell.Check(allocated, None);
        Assert.False(spell.Check(allocated += Busy, None));

        // Three quiet checks in a row after the busy one: due on the third, and not again while quiet.
        Assert.Equal([false, false, true, false, false, false], Enumerable.Range(0, 6).Select(_ => spell.Check(allocated += 1, None)));
    }

    [Fact]
    public void Check_BusyAgainBeforeEnoughQuiet_StartsCountingAgain()
    {
        var spell = new IdleSpell(Busy, quietChecks: 3);
        var allocated = 0L;
        spell.Check(allocated, None);
        spell.Check(allocated += Busy, None);
        Assert.False(spell.Check(allocated, None));
        Assert.False(spell.Check(allocated, None));
        Assert.False(spell.Check(allocated += Busy, None));

        Assert.Equal([false, false, true], Enumerable.Range(0, 3).Select(_ => spell.Check(allocated, None)));
    }

    [Fact]
    public void Check_SecondBusySpellAfterATrim_DueAgainOnce()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);
        var allocated = 0L;
        spell.Check(allocated, None);
        spell.Check(allocated += Busy, None);
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(_ => spell.Check(allocated, None)));

        spell.Check(allocated += 5 * Busy, None);
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(_ => spell.Check(allocated, None)));
    }

    [Fact]
    public void Check_FirstCheckAfterABusyStart_DueAfterTheQuietChecks()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);

        // The first check sees all the start-up allocated (counted from 0): that was a busy spell.
        Assert.Equal([false, false, true, false], new[] { 10 * Busy, 10 * Busy, 10 * Busy, 10 * Busy }.Select(a => spell.Check(a, None)));
    }

    [Fact]
    public void Check_BusyEveryTime_NeverDue()
    {
        var spell = new IdleSpell(Busy, quietChecks: 1);

        Assert.DoesNotContain(true, Enumerable.Range(0, 50).Select(i => spell.Check(i * Busy, None)));
    }

    [Fact]
    public void Check_CompactedAfterABusyStart_NotDue()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);

        // Start-up allocated 10 × Busy; the compaction after start covered it all (12 × Busy by the time it ended),
        // so the quiet that follows owes nothing: no second compaction.
        Assert.False(spell.Check(10 * Busy, None));
        Assert.DoesNotContain(true, Enumerable.Range(0, 10).Select(_ => spell.Check(12 * Busy, 12 * Busy)));
    }

    [Fact]
    public void Check_CompactedBetweenTwoChecks_CountsOnlyWhatCameAfterIt()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);
        spell.Check(0, None);

        // 10 × Busy allocated in the second before the compaction, Busy - 1 after it: a quiet second, nothing owed.
        Assert.Equal([false, false, false], new[] { 11 * Busy - 1, 11 * Busy - 1, 11 * Busy - 1 }.Select(a => spell.Check(a, 10 * Busy)));

        // A real busy spell after it is owed its trim as usual.
        Assert.False(spell.Check(12 * Busy, 10 * Busy));
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(_ => spell.Check(12 * Busy, 10 * Busy)));
    }

    [Fact]
    public void Check_CompactedBeforeTheLastBusyCheck_StillDue()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);
        spell.Check(0, None);

        // The compaction ended at 5 × Busy, but the spell went on to 20 × Busy: what came after it is still owed.
        Assert.False(spell.Check(10 * Busy, 5 * Busy));
        Assert.False(spell.Check(20 * Busy, 5 * Busy));
        Assert.Equal([false, true], Enumerable.Range(0, 2).Select(_ => spell.Check(20 * Busy, 5 * Busy)));
    }
}
