namespace GcmBot.Discord.Gateway;

/// <summary>Runs the gateway client for the app's lifetime when Discord:EnableGateway is on.</summary>
internal sealed class GatewayHostedService(IDiscordGateway gateway) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => gateway.RunAsync(stoppingToken);
}
