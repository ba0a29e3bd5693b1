using GcmBot.Discord.Gateway;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>The gateway protocol against a fake gateway on loopback: identify, resume, reconnect, close codes (heartbeats: GatewayHeartbeatTests).</summary>
public sealed class GatewayConnectionTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    [Fact]
    public async Task Start_IdentifiesWithTokenIntentsAndProperties()
    {
        var connection = await Discord.NextConnectionAsync();
        await connection.HelloAsync(5000);

        var identify = (await connection.ExpectAsync(2)).GetProperty("d");

        Assert.Equal("/gateway/?v=10&encoding=json", connection.Path);
        Assert.Equal(Fakes.DiscordTestHost.BotToken, identify.GetProperty("token").GetString());
        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        Assert.Equal("gcmbot", identify.GetProperty("properties").GetProperty("browser").GetString());
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnTheResumeUrl()
    {
        var connection = await ConnectReadyAsync(sequence: 3);

        await connection.SendAsync(7, null);
        var resumed = await Discord.NextConnectionAsync();
        await resumed.HelloAsync(5000);
        var resume = (await resumed.ExpectAsync(6)).GetProperty("d");

        Assert.StartsWith("/resume", resumed.Path, StringComparison.Ordinal);
        Assert.Equal(3, resume.GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(9, true);
        var next = await Discord.NextConnectionAsync();
        await next.HelloAsync(5000);

        Assert.Equal("session-1", (await next.ExpectAsync(6)).GetProperty("d").GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAfreshOnTheGatewayUrl()
    {
        var connection = await ConnectReadyAsync();

        await connection.SendAsync(9, false);
        var next = await Discord.NextConnectionAsync();
        await next.HelloAsync(5000);

        Assert.StartsWith("/gateway", next.Path, StringComparison.Ordinal);
        Assert.Equal(Fakes.DiscordTestHost.BotToken, (await next.ExpectAsync(2)).GetProperty("d").GetProperty("token").GetString());
    }

    [Theory]
    [InlineData(4000, 6)]
    [InlineData(4008, 6)]
    [InlineData(4007, 2)]
    [InlineData(4009, 2)]
    public async Task ServerClose_RecoverableCode_ResumesOrIdentifies(int code, int expectedOp)
    {
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(code);
        var next = await Discord.NextConnectionAsync();
        await next.HelloAsync(5000);

        await next.ExpectAsync(expectedOp);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task ServerClose_FatalCode_StopsForGoodAndSaysWhy(int code)
    {
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(code);
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Stopped);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Discord.NextConnectionAsync(TimeSpan.FromMilliseconds(700)));
        Assert.Contains(Host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains($"close code {code}", StringComparison.Ordinal));
        Assert.Single(Discord.Requests, r => r.Path == "/gateway/bot");
    }

    [Fact]
    public async Task DroppedWithoutHello_ReconnectsWithBackoff()
    {
        var first = await Discord.NextConnectionAsync();
        await first.CloseAsync(1011);

        var second = await Discord.NextConnectionAsync();
        await second.HelloAsync(5000);

        await second.ExpectAsync(2);
    }
}
