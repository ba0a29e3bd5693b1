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

    private static HttpResponseHeaders Headers(params (string Name, string Value)[] values)
    {
        using var response = new HttpResponseMessage();
        foreach (var (name, value) in values)
        {
            response.Headers.Add(name, value);
        }

        return response.Headers;
    }
}
