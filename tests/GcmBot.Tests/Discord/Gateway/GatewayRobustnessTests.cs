using GcmBot.Discord.Gateway;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>Odd frames do not kill the gateway: it reconnects, or skips what it cannot read.</summary>
public sealed class GatewayRobustnessTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    [Fact]
    public async Task HelloWithoutInterval_ReconnectsInsteadOfDying()
    {
        var first = await Discord.NextConnectionAsync();
        await first.SendAsync(10, new { });

        var second = await Discord.NextConnectionAsync();
        await second.HelloAsync(5000);

        await second.ExpectAsync(2);
    }

    [Fact]
    public async Task UnreadableMessage_SkippedAndTheNextOneAnswered()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(0, new { id = 5, content = new[] { 1 } }, 2, "MESSAGE_CREATE");
        await connection.SendAsync(0, ChatMessageTests.Message("920", $"<@{BotUserId}> help", mentions: [BotUserId]), 3, "MESSAGE_CREATE");
        await Discord.WaitForRequestAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal("help", Host.Router.Single().Text);
        Assert.Equal(GatewayStatus.Ready, Gateway.Status);
        Assert.Contains(Host.Logs.Lines, l => l.Message.Contains("could not be read", StringComparison.Ordinal));
    }
}

/// <summary>When Discord refuses the token for the gateway URL, the gateway stops at once and says why.</summary>
public sealed class GatewayTokenRefusedTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    internal override void BeforeHostStarts(FakeDiscordServer discord) =>
        discord.Script("GET", "/gateway/bot", 401, """{"message":"401: Unauthorized","code":0}""");

    [Fact]
    public async Task GatewayBotRefused_StopsWithoutConnecting()
    {
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Stopped);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Discord.NextConnectionAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Contains(Host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("DISCORD GATEWAY STOPPED", StringComparison.Ordinal));
        Assert.DoesNotContain(DiscordTestHost.BotToken, Host.Logs.All, StringComparison.Ordinal);
    }
}
