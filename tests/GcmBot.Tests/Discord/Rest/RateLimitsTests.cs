using System.Net.Http.Headers;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>Rate-limit bookkeeping on a manual clock.</summary>
public sealed class RateLimitsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WaitBefore_BucketSpent_UntilResetForThatResourceOnly()
    {
        var limits = new RateLimits(_time);
        var channelA = RestRoute.CreateMessage("1");
        limits.Record(channelA, Headers(("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2.5")));

        Assert.Equal(TimeSpan.FromSeconds(2.5), limits.WaitBefore(channelA));
        Assert.Equal(TimeSpan.Zero, limits.WaitBefore(RestRoute.CreateMessage("2")));
        _time.Advance(TimeSpan.FromSeconds(2.5));
        Assert.Equal(TimeSpan.Zero, limits.WaitBefore(channelA));
    }

    [Fact]
    public void Pause_Global_BlocksBotRoutesButNotInteractionWebhooks()
    {
        var limits = new RateLimits(_time);

        limits.Pause(RestRoute.CreateMessage("1"), TimeSpan.FromSeconds(3), global: true);

        Assert.Equal(TimeSpan.FromSeconds(3), limits.WaitBefore(RestRoute.CreateMessage("9")));
        Assert.Equal(TimeSpan.FromSeconds(3), limits.WaitBefore(RestRoute.GatewayBot()));
        Assert.Equal(TimeSpan.Zero, limits.WaitBefore(RestRoute.CreateFollowUp("1", "tok")));
    }

    [Fact]
    public async Task Sweep_DropsUnusedGatesAndResetBuckets_KeepsBucketsStillWaiting()
    {
        var limits = new RateLimits(_time);
        for (var i = 0; i < 100; i++)
        {
            var route = RestRoute.CreateFollowUp("1", $"token-{i}");
            var gate = await limits.EnterAsync(route, CancellationToken.None);
            limits.Record(route, Headers(("X-RateLimit-Bucket", "hook"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "2")));
            limits.Exit(gate);
        }

        var slow = RestRoute.CreateFollowUp("1", "slow");
        limits.Record(slow, Headers(("X-RateLimit-Bucket", "hook"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "120")));
        Assert.Equal((100, 101), limits.Sizes);

        // One minute on, a sweep is due: the 100 tokens' buckets reset at 2 s and their gates are unused, so only
        // the new call's gate and the "slow" bucket (resets at 120 s) remain, and "slow" still waits its 60 s.
        _time.Advance(RateLimits.SweepEvery);
        var next = await limits.EnterAsync(RestRoute.CreateFollowUp("1", "next"), CancellationToken.None);
        Assert.Equal((1, 1), limits.Sizes);
        Assert.Equal(TimeSpan.FromSeconds(60), limits.WaitBefore(slow));

        var again = limits.EnterAsync(RestRoute.CreateFollowUp("1", "next"), CancellationToken.None);
        Assert.False(again.IsCompleted);
        limits.Exit(next);
        limits.Exit(await again.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void InvalidRequestGuard_BudgetSpent_WaitsUntilTheOldestLeavesTheWindow()
    {
        var guard = new InvalidRequestGuard(_time, new DiscordRestTimings { InvalidRequestBudget = 3, InvalidRequestWindow = TimeSpan.FromMinutes(10) });
        guard.Count();
        _time.Advance(TimeSpan.FromMinutes(1));
        guard.Count();
        Assert.Equal(TimeSpan.Zero, guard.WaitBefore());

        guard.Count();

        Assert.Equal(TimeSpan.FromMinutes(9), guard.WaitBefore());
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(TimeSpan.Zero, guard.WaitBefore());
    }

    internal static HttpResponseHeaders Headers(params (string Name, string Value)[] values)
    {
        using var response = new HttpResponseMessage();
        foreach (var (name, value) in values)
        {
            response.Headers.Add(name, value);
        }

        return response.Headers;
    }
}
