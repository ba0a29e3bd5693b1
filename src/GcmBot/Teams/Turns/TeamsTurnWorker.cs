using GcmBot.Core.Diagnostics;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Runs the queue's turns, each in its own DI scope; one failing turn never stops a lane.
/// On stop (after the server has stopped taking requests) the queue is closed and every turn already
/// acknowledged to Teams is still answered; only the host's shutdown time limit cancels them.
/// </summary>
internal sealed class TeamsTurnWorker(
    TeamsTurnQueue queue,
    IServiceScopeFactory scopes,
    IOptions<TeamsOptions> options,
    ILogger<TeamsTurnWorker> logger) : DrainingBackgroundService
{
    protected override void OnStopping()
    {
        queue.Complete();
        Log.Draining(logger, queue.Count);
    }

    /// <summary>
    /// Says which Teams mode is on before the host reports started: ExecuteAsync runs asynchronously
    /// (.NET 10), so a line logged there could land after start-up.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsEndpointEnabled)
        {
            Log.TeamsOff(logger);
        }
        else if (settings.IsEmulatorMode)
        {
            Log.EmulatorMode(logger);
        }
        else
        {
            Log.AuthenticatedMode(logger, settings.AppId!, settings.AppType);
        }

        return base.StartAsync(cancellationToken);
    }

    // Turns run until the queue is completed and drained, not until stoppingToken; the deadline cancels what is left.
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        queue.Start(RunTurnAsync, Deadline);
        return queue.Drained;
    }

    private async Task RunTurnAsync(TeamsTurn turn, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            // Under the HTTP request's span: the chat turn and the Connector call join the trace the activity came
            // in. It ends before the turn counts as finished, so whoever waits for idleness sees it complete.
            using var span = Tracing.Source.StartActivity("teams turn", System.Diagnostics.ActivityKind.Internal, turn.Trace);
            await scope.ServiceProvider.GetRequiredService<TeamsTurnHandler>().HandleAsync(turn.Activity, turn.Verdict, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A timeout inside a turn is an OperationCanceledException too; only the abort may end the lane.
            Log.TurnFailed(logger, turn.Activity.Type, ex);
        }
    }
}
