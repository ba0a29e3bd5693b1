using GcmBot.Teams.Connector;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using GcmBot.Tests.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Connector;

public sealed class ConversationPacerTests(ITestOutputHelper output) : IDisposable
{
    private readonly FakeClock time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TempState state = new();

    public void Dispose() => state.Dispose();

    [Fact]
    public async Task EnterAsync_SameConversation_WaitsForThePacingGap()
    {
        await using var services = Build("00:00:01");
        var pacer = services.Services.GetRequiredService<ConversationPacer>();
        (await pacer.EnterAsync("19:a", CancellationToken.None)).Dispose();

        var second = pacer.EnterAsync("19:a", CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task EnterAsync_OtherConversation_DoesNotWait()
    {
        await using var services = Build("00:00:01");
        var pacer = services.Services.GetRequiredService<ConversationPacer>();
        (await pacer.EnterAsync("19:a", CancellationToken.None)).Dispose();

        var other = pacer.EnterAsync("19:b", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task EnterAsync_WhileAnotherSendIsInProgress_WaitsForItsExit()
    {
        await using var services = Build("00:00:00");
        var pacer = services.Services.GetRequiredService<ConversationPacer>();
        var first = await pacer.EnterAsync("19:a", CancellationToken.None);

        var second = pacer.EnterAsync("19:a", CancellationToken.None);
        Assert.False(second.IsCompleted);
        first.Dispose();

        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Sweep_DropsFinishedConversations_KeepsHeldAndPacingOnes()
    {
        await using var services = Build("00:00:03");
        var pacer = services.Services.GetRequiredService<ConversationPacer>();
        var start = time.GetUtcNow();
        var held = await EnterOldHeldAndRecentAsync(pacer, recentAt: start + TimeSpan.FromSeconds(4));
        Assert.Equal(102, pacer.LaneCount);

        // A lane may outlive its gap by at most 5 s (so a flood of new conversations leaves a few seconds' worth, not a
        // minute's): at 5 s a send sweeps. The old conversations' 3 s gaps ended at 3 s, so they go; "held" is in use
        // and "recent" may not send before 7 s, so both stay, next to "early" (just sent) and the new "trigger".
        time.AdvanceTo(start + TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        (await pacer.EnterAsync("19:early", CancellationToken.None)).Dispose();
        Assert.Equal(103, pacer.LaneCount);
        time.AdvanceTo(start + TimeSpan.FromSeconds(5));
        (await pacer.EnterAsync("19:trigger", CancellationToken.None)).Dispose();
        Assert.Equal(4, pacer.LaneCount);

        var recentAgain = pacer.EnterAsync("19:recent", CancellationToken.None);
        var heldAgain = pacer.EnterAsync("19:held", CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.False(recentAgain.IsCompleted);
        Assert.False(heldAgain.IsCompleted);
        time.AdvanceTo(start + TimeSpan.FromSeconds(7));
        (await recentAgain.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        held.Dispose();
        await time.WaitForTimersAsync();
        Assert.False(heldAgain.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(3));
        (await heldAgain.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task SweepIdle_WithNoFurtherSend_DropsFinishedConversations_KeepsHeldAndPacingOnes()
    {
        await using var services = Build("00:00:40");
        var pacer = services.Services.GetRequiredService<ConversationPacer>();
        var start = time.GetUtcNow();
        var held = await EnterOldHeldAndRecentAsync(pacer, recentAt: start + TimeSpan.FromSeconds(20));

        // At 45 s, with no send to trigger the periodic sweep: the old conversations' 40 s gaps ended at 40 s, so the
        // idle sweep drops them; "held" is in use and "recent" may not send before 60 s, so both stay.
        time.AdvanceTo(start + TimeSpan.FromSeconds(45));
        var sweep = services.Services.GetServices<GcmBot.Hosting.Memory.IIdleSweep>().Single(s => ReferenceEquals(s, pacer));
        sweep.SweepIdle();
        Assert.Equal(2, pacer.LaneCount);

        var recentAgain = pacer.EnterAsync("19:recent", CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.False(recentAgain.IsCompleted);
        time.AdvanceTo(start + TimeSpan.FromSeconds(60));
        (await recentAgain.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        held.Dispose();
    }

    /// <summary>
    /// 100 conversations that each sent once at the start, one ("19:held") still sending, and one ("19:recent")
    /// that sent at <paramref name="recentAt"/>; returns the held lane.
    /// </summary>
    private async Task<IDisposable> EnterOldHeldAndRecentAsync(ConversationPacer pacer, DateTimeOffset recentAt)
    {
        for (var i = 0; i < 100; i++)
        {
            (await pacer.EnterAsync($"19:old-{i}", CancellationToken.None)).Dispose();
        }

        var held = await pacer.EnterAsync("19:held", CancellationToken.None);
        time.AdvanceTo(recentAt);
        (await pacer.EnterAsync("19:recent", CancellationToken.None)).Dispose();
        return held;
    }

    private Microsoft.AspNetCore.Builder.WebApplication Build(string pacing)
    {
        var settings = TeamsApplication.Emulator(state.StatePath);
        settings["Teams:ConversationPacing"] = pacing;
        return TeamsServices.Build(settings, time, output: output);
    }
}
