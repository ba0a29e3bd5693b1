using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>A flood of chat messages from one person: answers up to the limit, one notice, then silence.</summary>
public sealed class GatewayRateLimitTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    private const string Channel = "800000000000000008";

    internal override Dictionary<string, string?> ExtraSettings => new() { ["RateLimits:UserPermits"] = "2" };

    [Fact]
    public async Task Flood_TwoAnswersOneNoticeThenNothing()
    {
        var connection = await ConnectReadyAsync();

        for (var i = 0; i < 6; i++)
        {
            await connection.SendAsync(0, ChatMessageTests.Message($"94{i}", $"<@{BotUserId}> help", mentions: [BotUserId]), i + 2, "MESSAGE_CREATE");
        }

        // Messages 1-2 are answered, 3 gets the notice, 4-6 are refused quietly: wait for those three refusals
        // (the limiter's Debug line) and the three posts, so every message has been handled before counting.
        await WaitUntilAsync(() => Host.Logs.Lines.Count(l => l.Message.StartsWith("Message refused quietly", StringComparison.Ordinal)) == 3);
        await WaitUntilAsync(() => Discord.Created.Count == 3);

        Assert.Equal(3, Discord.Requests.Count(r => r.Path == $"/channels/{Channel}/messages"));
        Assert.Equal(2, Host.Router.Requests.Count);
        Assert.Single(Discord.Created, r => r.Json.GetProperty("embeds")[0].GetProperty("title").GetString() == "One moment, please");
    }
}
