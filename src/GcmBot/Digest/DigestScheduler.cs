using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// Creates or migrates the digest database at start, then runs the dispatcher at every tick of a
/// timer driven by <see cref="TimeProvider"/>. What is due is decided from the database and the
/// clock at each tick, so a restart, a missed tick or a second instance changes nothing. Stopping
/// mid-tick claims nothing more but finishes and records the posts already claimed, unless the
/// host's shutdown time limit runs out first (then their leases keep other processes off until they expire).
/// </summary>
internal sealed class DigestScheduler(
    DigestDispatcher dispatcher,
    DigestDatabase database,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(_abort.Cancel))
        {
            await base.StopAsync(cancellationToken);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var version = await database.MigrateAsync(stoppingToken);
        logger.SchedulerStarted(database.Path, version, settings.TickInterval);
        using var timer = new PeriodicTimer(settings.TickInterval, time);
        do
        {
            try
            {
                await dispatcher.RunOnceAsync(stoppingToken, _abort.Token);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A locked or unreadable database this tick must not end the digest for good.
                logger.TickFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
