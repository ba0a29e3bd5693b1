using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Hosting;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Tests.Discord;

/// <summary>/readyz's Discord check: unready only when the adapter cannot work until someone acts.</summary>
public sealed class DiscordHealthCheckTests : DiscordHostTest
{
    [Fact]
    public async Task Check_InteractionsOnly_Healthy()
    {
        var entry = await ReadinessAsync(Host.Services);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
    }

    [Fact]
    public async Task Check_BotTokenRefused_UnhealthyWithoutTheToken()
    {
        Discord.Script("POST", "/channels/", 401, """{"message":"401: Unauthorized","code":0}""");
        var rest = Host.Services.GetRequiredService<IDiscordRest>();

        await rest.CreateMessageAsync("700000000000000007", new DiscordMessage([new DiscordEmbed("t", "x", null, null, null)], []), CancellationToken.None);
        var entry = await ReadinessAsync(Host.Services);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Contains("Discord:BotToken", entry.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.BotToken, entry.Description, StringComparison.Ordinal);
    }

    internal static async Task<HealthReportEntry> ReadinessAsync(IServiceProvider services)
    {
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthExtensions.ReadyTag));
        return report.Entries["discord"];
    }
}

/// <summary>The gateway's state in /readyz: connected is healthy, stopped for good is not ready.</summary>
public sealed class DiscordGatewayHealthTests : GatewayTestBase
{
    [Fact]
    public async Task Check_GatewayReadyThenDropped_HealthyThenDegradedUntilResumed()
    {
        var connection = await ConnectReadyAsync();
        var ready = await DiscordHealthCheckTests.ReadinessAsync(Host.Services);

        await connection.CloseAsync(4000, "unknown error");
        await WaitUntilAsync(() => Gateway.Status != GcmBot.Discord.Gateway.GatewayStatus.Ready);
        var dropped = await DiscordHealthCheckTests.ReadinessAsync(Host.Services);

        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Equal(HealthStatus.Degraded, dropped.Status);
    }
}

/// <summary>A gateway refused for good makes the app not ready.</summary>
public sealed class DiscordGatewayStoppedHealthTests : GatewayTestBase
{
    internal override void BeforeHostStarts(FakeDiscordServer discord) =>
        discord.Script("GET", "/gateway/bot", 401, """{"message":"401: Unauthorized","code":0}""");

    [Fact]
    public async Task Check_GatewayStoppedForGood_Unhealthy()
    {
        await WaitUntilAsync(() => Gateway.Status == GcmBot.Discord.Gateway.GatewayStatus.Stopped);

        var entry = await DiscordHealthCheckTests.ReadinessAsync(Host.Services);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
    }
}
