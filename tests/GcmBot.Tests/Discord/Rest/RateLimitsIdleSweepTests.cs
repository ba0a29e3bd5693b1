using GcmBot.Discord.Rest;
using GcmBot.Hosting.Memory;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>The REST rate limits are one of the sweeps the idle trim runs: interaction tokens' lanes go without another call.</summary>
public sealed class RateLimitsIdleSweepTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    internal override TimeProvider? Time => _time;

    [Fact]
    public async Task IdleSweep_WithNoFurtherCall_DropsFinishedTokens_KeepsHeldGatesAndWaitingBuckets()
    {
        var limits = Host.Services.GetRequiredService<RateLimits>();
        for (var i = 0; i < 100; i++)
        {
            var route = RestRoute.CreateFollowUp("1", $"token-{i}");
            var gate = await limits.EnterAsync(route, CancellationToken.None);
            limits.Record(route, RateLimitsTests.Headers(("X-RateLimit-Bucket", "hook"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2")));
            limits.Exit(gate);
        }

        var held = await limits.EnterAsync(RestRoute.CreateFollowUp("1", "held"), CancellationToken.None);
        var slow = RestRoute.CreateFollowUp("1", "slow");
        limits.Record(slow, RateLimitsTests.Headers(("X-RateLimit-Bucket", "hook"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "30")));
        Assert.Equal((101, 101), limits.Sizes);

        // At 10 s, well before the once-a-minute sweep a call would trigger: the 100 tokens' buckets reset at 2 s and
        // their gates are unused, so the trim's sweeps drop them; "held" is in use and "slow" resets at 30 s, so both stay.
        _time.Advance(TimeSpan.FromSeconds(10));
        foreach (var sweep in Host.Services.GetServices<IIdleSweep>())
        {
            sweep.SweepIdle();
        }

        Assert.Equal((1, 1), limits.Sizes);
        Assert.Equal(TimeSpan.FromSeconds(20), limits.WaitBefore(slow));
        limits.Exit(held);
    }
}
