using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Turns;

/// <summary>Runs queued turns, a few at a time, each in its own DI scope; one failing turn never stops the loop.</summary>
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

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentTurns, CancellationToken = stoppingToken };
        return Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stoppingToken), parallel, RunTurnAsync);
    }

    private async ValueTask RunTurnAsync(Activity activity, CancellationToken cancellationToken)
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
