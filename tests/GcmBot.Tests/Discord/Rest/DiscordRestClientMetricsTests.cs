using System.Diagnostics.Metrics;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>Waits imposed by Discord's rate limits are counted per route template, never per concrete path.</summary>
public sealed class DiscordRestClientMetricsTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    [Fact]
    public async Task CreateMessage_Bucket429_WaitCountedForTheRouteTemplate()
    {
        using var recorder = new MetricRecorder(Host.Services.GetRequiredService<IMeterFactory>());
        Discord.Script("POST", "/channels/", 429, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""",
            new() { ["X-RateLimit-Scope"] = "user", ["X-RateLimit-Bucket"] = "b1" });

        var result = await Host.Services.GetRequiredService<IDiscordRest>().CreateMessageAsync(
            "700000000000000007", new DiscordMessage([new DiscordEmbed("t", "hello", null, null, null)], []), CancellationToken.None);

        Assert.True(result.IsSuccess);
        // One 429, so one pause, waited once before the retry: exactly one count (the client waits a 429's
        // pause only through the limits). It names the route template, never the channel id.
        var waits = recorder.Of("gcmbot.ratelimit.waits");
        Assert.Single(waits);
        Assert.All(waits, wait => Assert.Equal(("discord", "POST /channels/{channel_id}/messages"), (wait["adapter"], wait["bucket"])));
    }
}
