using GcmBot.Discord.Gateway;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Discord;

/// <summary>
/// Readiness of the Discord adapter. Unhealthy (not ready) when it cannot work until an operator acts:
/// the bot token was refused, or the gateway stopped for good on a fatal close code. Degraded while the
/// gateway is (re)connecting, which it does by itself; slash commands keep working meanwhile.
/// </summary>
internal sealed class DiscordHealthCheck(IDiscordRest rest, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        if (rest.IsHalted)
        {
            return HealthCheckResult.Unhealthy("Discord refused the bot token (Discord:BotToken); nothing is sent until it is replaced.");
        }

        return services.GetService<IDiscordGateway>()?.Status switch
        {
            null => HealthCheckResult.Healthy("Interactions endpoint on; gateway off (Discord:EnableGateway = false)."),
            GatewayStatus.Ready => HealthCheckResult.Healthy("Interactions endpoint on; gateway connected."),
            GatewayStatus.Connecting => HealthCheckResult.Degraded("Gateway connecting or reconnecting; slash commands still work."),
            _ => HealthCheckResult.Unhealthy("Gateway stopped for good (see the log for Discord's close code); mentions and DMs go unanswered."),
        };
    }
}
