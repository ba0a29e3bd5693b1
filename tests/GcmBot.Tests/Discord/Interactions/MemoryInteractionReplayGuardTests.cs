using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Discord.Interactions;

public sealed class MemoryInteractionReplayGuardTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    private MemoryInteractionReplayGuard CreateSut() =>
        new(Options.Create(new DiscordOptions { MaxSignatureAge = TimeSpan.FromMinutes(5) }), _time);

    [Fact]
    public void TryAccept_SameIdTwice_SecondIsAReplay()
    {
        var guard = CreateSut();

        Assert.Equal(ReplayVerdict.Accepted, guard.TryAccept("1001"));
        Assert.Equal(ReplayVerdict.Replayed, guard.TryAccept("1001"));
        Assert.Equal(ReplayVerdict.Accepted, guard.TryAccept("1002"));
    }

    // A signature stays valid while its timestamp is within 5 minutes either side of our clock, so an id
    // must be remembered for 10 minutes; after that a resend fails the signature check instead.
    [Fact]
    public void TryAccept_WithinTwiceTheSignatureAge_StillARepeat_AfterItForgotten()
    {
        var guard = CreateSut();
        guard.TryAccept("1001");

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(ReplayVerdict.Replayed, guard.TryAccept("1001"));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ReplayVerdict.Accepted, guard.TryAccept("1001"));
    }

    [Fact]
    public void TryAccept_CacheFullOfLiveIds_RefusesNewOnesUntilTheOldestExpire()
    {
        var guard = CreateSut();
        for (var i = 0; i < MemoryInteractionReplayGuard.Capacity; i++)
        {
            Assert.Equal(ReplayVerdict.Accepted, guard.TryAccept("id" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(ReplayVerdict.Full, guard.TryAccept("one-more"));

        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(ReplayVerdict.Accepted, guard.TryAccept("one-more"));
    }

    // Ids are kept for twice the 5-minute signature age: a sweep with no further interaction forgets those older than
    // 10 minutes and keeps the younger ones, which still count as replays.
    [Fact]
    public void SweepIdle_WithNoFurtherInteraction_ForgetsExpiredIdsAndKeepsLiveOnes()
    {
        var guard = CreateSut();
        for (var i = 0; i < 1000; i++)
        {
            guard.TryAccept("old" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _time.Advance(TimeSpan.FromMinutes(6));
        guard.TryAccept("young");
        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1001, guard.Count);

        guard.SweepIdle();

        Assert.Equal(1, guard.Count);
        Assert.Equal(ReplayVerdict.Replayed, guard.TryAccept("young"));
        Assert.Equal(ReplayVerdict.Accepted, guard.TryAccept("old0"));
    }
}
