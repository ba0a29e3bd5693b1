using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Hosting;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord;

/// <summary>With the gateway off, Discord refusing the bot token on a REST call makes the app unready.</summary>
public sealed class DiscordTokenRefusedHealthTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    [Fact]
    public async Task Check_BotTokenRefusedOnRest_UnhealthyNamingTheSettingNotTheToken()
    {
        var before = await ReadinessAsync();
        Discord.Script("POST", "/channels/", 401, """{"message":"401: Unauthorized","code":0}""");

        await Host.Services.GetRequiredService<IDiscordRest>()
            .CreateMessageAsync("700000000000000007", new DiscordMessage([new DiscordEmbed("t", "x", null, null, null)], []), CancellationToken.None);
        var after = await ReadinessAsync();

        Assert.Equal(HealthStatus.Healthy, before.Status);
        Assert.Equal(HealthStatus.Unhealthy, after.Status);
        Assert.Contains("Discord:BotToken", after.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.BotToken, after.Description, StringComparison.Ordinal);
    }

    private async Task<HealthReportEntry> ReadinessAsync()
    {
        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthExtensions.ReadyTag));
        return report.Entries["discord"];
    }
}
