using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using GcmBot.Discord.Gateway;
using GcmBot.Tests.Discord.Gateway;
using GcmBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord;

/// <summary>/readyz follows the gateway against the fake Discord: connected, reconnecting, stopped for good.</summary>
public sealed class DiscordHealthCheckTests(ITestOutputHelper output) : GatewayTestBase(output)
{
    [Fact]
    public async Task Readyz_BeforeReadyThenReady_503Then200()
    {
        var (before, beforeText) = await ReadyzAsync();
        await ConnectReadyAsync();
        var (after, afterText) = await ReadyzAsync();

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "gateway connecting"), (before, beforeText));
        Assert.Equal((HttpStatusCode.OK, "interactions endpoint /discord/interactions; gateway connected"), (after, afterText));
    }

    [Fact]
    public async Task Readyz_FatalCloseCode_503WithTheReason()
    {
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(4004, "Authentication failed.");
        await WaitUntilAsync(() => Gateway.Status == GatewayStatus.Stopped);
        var (status, text) = await ReadyzAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("gateway stopped: Authentication failed. (close code 4004)", text);
    }

    [Fact]
    public async Task Readyz_Reconnecting_503AndTheReconnectIsCounted()
    {
        using var recorder = new MetricRecorder(Host.Services.GetRequiredService<IMeterFactory>());
        var connection = await ConnectReadyAsync();

        await connection.CloseAsync(4000, "Unknown error.");
        await Discord.NextConnectionAsync();
        var (status, text) = await ReadyzAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("gateway reconnecting after: Unknown error. (close code 4000)", text);
        Assert.Equal("discord", Assert.Single(recorder.Of("gcmbot.adapter.reconnects"))["adapter"]);
    }

    /// <summary>The status code and the discord check's description.</summary>
    private async Task<(HttpStatusCode Status, string? Description)> ReadyzAsync()
    {
        using var response = await Host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.GetProperty("checks").GetProperty("discord").GetProperty("description").GetString());
    }
}
