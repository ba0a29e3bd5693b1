using GcmBot.Discord.Gateway;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>The gateway's own limits on a manual clock: 120 sends a minute, one IDENTIFY per 5 s, the daily session starts.</summary>
public sealed class GatewayLimitsTests
{
    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendLimiter_OtherFramesStopShortOfTheLimitLeavingRoomForHeartbeats()
    {
        var limiter = new SendLimiter(_time, new GatewayTimings());
        for (var i = 0; i < 115; i++)
        {
            await limiter.WaitAsync(heartbeat: false, CancellationToken.None);
        }

        var blocked = limiter.WaitAsync(heartbeat: false, CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await limiter.WaitAsync(heartbeat: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }

        var heartbeatBlocked = limiter.WaitAsync(heartbeat: true, CancellationToken.None);

        // Both wait on the clock (a timer each), which only the test moves: they stay blocked until it does.
        await _time.WaitForTimersAsync(2);
        Assert.False(blocked.IsCompleted);
        Assert.False(heartbeatBlocked.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(60));
        await Task.WhenAll(blocked, heartbeatBlocked).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task IdentifyGate_SecondIdentifyWaitsFiveSeconds()
    {
        var gate = new IdentifyGate(_time, new GatewayTimings(), NullLogger<IdentifyGate>.Instance);
        await gate.WaitAsync(CancellationToken.None);

        var second = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(4.9));

        // Still waiting on the clock after 4.9 s (its timer did not fire), so it cannot have gone ahead.
        await _time.WaitForTimersAsync(1);
        Assert.False(second.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task IdentifyGate_NoSessionStartsLeft_WaitsForTheReset()
    {
        var gate = new IdentifyGate(_time, new GatewayTimings(), NullLogger<IdentifyGate>.Instance);
        gate.Update(remaining: 0, resetAfterMilliseconds: 3_600_000);

        var identify = gate.WaitAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        await _time.WaitForTimersAsync(1);
        Assert.False(identify.IsCompleted);

        _time.Advance(TimeSpan.FromMinutes(1));
        await identify.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(null, "Resume")]
    [InlineData(1000, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4003, "Resume")]
    [InlineData(4005, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(4007, "NewSession")]
    [InlineData(4009, "NewSession")]
    [InlineData(4004, "Stop")]
    [InlineData(4010, "Stop")]
    [InlineData(4011, "Reshard")]
    [InlineData(4012, "Stop")]
    [InlineData(4013, "Stop")]
    [InlineData(4014, "Stop")]
    public void CloseCodes_After_FollowsDiscordsTable(int? code, string expected)
    {
        Assert.Equal(expected, CloseCodes.After(code).ToString());
    }

    [Fact]
    public void Intents_WithoutMessageContent_4609()
    {
        Assert.Equal(4609, GatewayIntents.For(new GcmBot.Discord.DiscordOptions()));
        Assert.Equal(4609 + 32768, GatewayIntents.For(new GcmBot.Discord.DiscordOptions { MessageContentIntent = true }));
    }
}
