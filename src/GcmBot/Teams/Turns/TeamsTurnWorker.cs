using System.Threading.Channels;
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

    private async Task RunLaneAsync(ChannelReader<TeamsTurn> lane, CancellationToken stoppingToken)
    {
        await foreach (var turn in lane.ReadAllAsync(stoppingToken))
        {
            await RunTurnAsync(turn, stoppingToken);
        }
    }

    private async Task RunTurnAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<TeamsTurnHandler>().HandleAsync(turn.Activity, turn.Refusal, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A timeout inside a turn is an OperationCanceledException too; only stopping may end the lane.
            Log.TurnFailed(logger, turn.Activity.Type, ex);
        }
    }
}
