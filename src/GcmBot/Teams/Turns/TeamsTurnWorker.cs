using System.Threading.Channels;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Turns;

/// <summary>Runs queued turns lane by lane, each turn in its own DI scope; one failing turn never stops a lane.</summary>
internal sealed class TeamsTurnWorker(
    TeamsTurnQueue queue,
    IServiceScopeFactory scopes,
    IOptions<TeamsOptions> options,
    ILogger<TeamsTurnWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.IsEmulatorMode)
        {
            Log.EmulatorMode(logger);
        }
        else
        {
            Log.AuthenticatedMode(logger, settings.AppId!, settings.AppType);
        }

        return Task.WhenAll(queue.Lanes.Select(lane => RunLaneAsync(lane, stoppingToken)));
    }

    private async Task RunLaneAsync(ChannelReader<Activity> lane, CancellationToken stoppingToken)
    {
        await foreach (var activity in lane.ReadAllAsync(stoppingToken))
        {
            await RunTurnAsync(activity, stoppingToken);
        }
    }

    private async Task RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TeamsTurnHandler>().HandleAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TurnFailed(logger, activity.Type, ex);
        }
    }
}
