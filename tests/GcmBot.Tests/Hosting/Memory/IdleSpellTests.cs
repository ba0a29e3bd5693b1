using GcmBot.Hosting.Memory;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class IdleSpellTests
{
    private const long Busy = 100;

    [Fact]
    public void Check_QuietFromTheStart_NeverDue()
    {
        var spell = new IdleSpell(Busy, quietChecks: 3);

        // Below the busy threshold every time: nothing grew, so nothing is owed.
        Assert.DoesNotContain(true, Enumerable.Range(0, 50).Select(i => spell.Check(i * (Busy - 1))));
    }

    [Fact]
    public void Check_BusyThenQuiet_DueOnceOnTheThirdQuietCheck()
    {
        var spell = new IdleSpell(Busy, quietChecks: 3);
        var allocated = 0L;
        spell.Check(allocated);
        Assert.False(spell.Check(allocated += Busy));

        // Three quiet checks in a row after the busy one: due on the third, and not again while quiet.
        Assert.Equal([false, false, true, false, false, false], Enumerable.Range(0, 6).Select(_ => spell.Check(allocated += 1)));
    }

    [Fact]
    public void Check_BusyAgainBeforeEnoughQuiet_StartsCountingAgain()
    {
        var spell = new IdleSpell(Busy, quietChecks: 3);
        var allocated = 0L;
        spell.Check(allocated);
        spell.Check(allocated += Busy);
        Assert.False(spell.Check(allocated));
        Assert.False(spell.Check(allocated));
        Assert.False(spell.Check(allocated += Busy));

        Assert.Equal([false, false, true], Enumerable.Range(0, 3).Select(_ => spell.Check(allocated)));
    }

    [Fact]
    public void Check_SecondBusySpellAfterATrim_DueAgainOnce()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);
        var allocated = 0L;
        spell.Check(allocated);
        spell.Check(allocated += Busy);
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(_ => spell.Check(allocated)));

        spell.Check(allocated += 5 * Busy);
        Assert.Equal([false, true, false], Enumerable.Range(0, 3).Select(_ => spell.Check(allocated)));
    }

    [Fact]
    public void Check_FirstCheckAfterABusyStart_DueAfterTheQuietChecks()
    {
        var spell = new IdleSpell(Busy, quietChecks: 2);

        // The first check sees all the start-up allocated (counted from 0): that was a busy spell.
        Assert.Equal([false, false, true, false], new[] { 10 * Busy, 10 * Busy, 10 * Busy, 10 * Busy }.Select(spell.Check));
    }

    [Fact]
    public void Check_BusyEveryTime_NeverDue()
    {
        var spell = new IdleSpell(Busy, quietChecks: 1);

        Assert.DoesNotContain(true, Enumerable.Range(0, 50).Select(i => spell.Check(i * Busy)));
    }
}
