using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>
/// The waits Discord's rate limits impose, on a fake clock: a call goes exactly when the wait is over, not a
/// moment before. "Not yet" is checked once the client is waiting on the clock again after time moved.
/// </summary>
public sealed class DiscordRestRateLimitTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    private const string Channel = "700000000000000007";
    private const string OtherChannel = "700000000000000008";

    private readonly FakeClock _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    internal override TimeProvider? Time => _clock;

    private IDiscordRest Rest => Host.Services.GetRequiredService<IDiscordRest>();

    [Fact]
    public async Task CreateMessage_Bucket429_WaitsRetryAfterThenSendsOnce()
    {
        // The body's retry_after (0.4 s, to the millisecond) is what Discord asks for; the header's whole second only rounds it.
        Discord.Script("POST", "/channels/", 429, """{"message":"You are being rate limited.","retry_after":0.4,"global":false}""",
            new() { ["X-RateLimit-Scope"] = "user", ["X-RateLimit-Bucket"] = "b1", ["Retry-After"] = "1" });

        var sending = Rest.CreateMessageAsync(Channel, Message("hello"), CancellationToken.None);
        await _clock.WaitForTimersAsync();
        _clock.Advance(TimeSpan.FromSeconds(0.39));
        await _clock.WaitForTimersAsync();
        Assert.Single(Discord.Requests);

        _clock.Advance(TimeSpan.FromSeconds(0.01));
        Assert.True((await sending.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.Equal(2, Discord.Requests.Count);
        Assert.Single(Discord.Created);
        Assert.Contains(Host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("rate limited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateMessage_Global429_PausesCallsOnOtherRoutesToo()
    {
        Discord.Script("POST", $"/channels/{Channel}/", 429, """{"message":"global","retry_after":0.6,"global":true}""", new() { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" });

        var first = Rest.CreateMessageAsync(Channel, Message("one"), CancellationToken.None);
        await _clock.WaitForTimersAsync();
        var second = Rest.CreateMessageAsync(OtherChannel, Message("two"), CancellationToken.None);
        await _clock.WaitForTimersAsync(2);
        _clock.Advance(TimeSpan.FromSeconds(0.59));
        await _clock.WaitForTimersAsync(2);
        Assert.DoesNotContain(Discord.Requests, r => r.Path.Contains(OtherChannel, StringComparison.Ordinal));

        _clock.Advance(TimeSpan.FromSeconds(0.01));
        Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess && (await second.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.Equal(2, Discord.Created.Count);
    }

    [Fact]
    public async Task CreateMessage_RemainingZero_NextCallWaitsForTheBucketReset()
    {
        Discord.Script("POST", "/channels/", 200, """{"id":"1"}""",
            new() { ["X-RateLimit-Bucket"] = "b2", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.5", ["X-RateLimit-Limit"] = "5" });
        await Rest.CreateMessageAsync(Channel, Message("one"), CancellationToken.None);

        var second = Rest.CreateMessageAsync(Channel, Message("two"), CancellationToken.None);
        await _clock.WaitForTimersAsync();
        _clock.Advance(TimeSpan.FromSeconds(0.49));
        await _clock.WaitForTimersAsync();
        Assert.Single(Discord.Requests);

        _clock.Advance(TimeSpan.FromSeconds(0.01));
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.Equal(2, Discord.Requests.Count);
    }

    private static DiscordMessage Message(string text) => new([new DiscordEmbed("t", text, null, null, null)], []);
}
