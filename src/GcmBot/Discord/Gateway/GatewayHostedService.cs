namespace GcmBot.Discord.Gateway;

/// <summary>Runs the gateway client for the app's lifetime when Discord:EnableGateway is on.</summary>
internal sealed class GatewayHostedService(IDiscordGateway gateway, GatewayDispatcher dispatcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => gateway.RunAsync(stoppingToken);

    /// <summary>
    /// Stops taking messages first (the connection closes with 1000 and heartbeats stop), then posts the
    /// answers already under way; <paramref name="cancellationToken"/> is the host's shutdown deadline.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.DrainAsync(cancellationToken);
    }
}
