using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// Creates or migrates the digest database at start, then runs the dispatcher at every tick of a
/// timer driven by <see cref="TimeProvider"/>. What is due is decided from the database and the
/// clock at each tick, so a restart, a missed tick or a second instance changes nothing.
/// </summary>
internal sealed class DigestScheduler(
    DigestDispatcher dispatcher,
    DigestDatabase database,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger) : BackgroundService
{
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
                await dispatcher.RunOnceAsync(stoppingToken);
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
