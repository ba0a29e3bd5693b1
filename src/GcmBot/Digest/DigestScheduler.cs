using GcmBot.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// Creates or migrates the digest database at start, then runs the dispatcher at every tick of a
/// timer driven by <see cref="TimeProvider"/>. What is due is decided from the database and the
/// clock at each tick, so a restart, a missed tick or a second instance changes nothing. Stopping
/// mid-tick claims nothing more but finishes and records the posts already claimed, unless the
/// host's shutdown time limit runs out first (then their leases keep other processes off until they expire).
/// The dispatcher is asked for at the first tick, not when the scheduler is built: it needs the forum calendar,
/// which is checked against the corpus by a start-up step (Hosting/Startup) while the host starts.
/// </summary>
internal sealed class DigestScheduler(
    Func<DigestDispatcher> dispatcherFactory,
    IDigestDatabase database,
    DigestStorageFault fault,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger) : DrainingBackgroundService
{
    private DigestDispatcher? _dispatcher;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.TickInterval, time);
        int? version;
        while ((version = await OpenCheckedAsync(stoppingToken)) is null)
        {
            // A damaged file stays off; a database server that cannot be reached is tried again.
            if (fault.Reason is not null || !await timer.WaitForNextTickAsync(stoppingToken))
            {
                return;
            }
        }

        logger.SchedulerStarted(database.Location, version.Value, settings.TickInterval);
        do
        {
            try
            {
                await (_dispatcher ??= dispatcherFactory()).RunOnceAsync(stoppingToken, Deadline);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A locked or unreadable database this tick must not end the digest for good; a damaged one does.
                logger.TickFailed(e);
                if (DigestStorageFault.IsCorruption(e) && await CheckIntegrityAsync(stoppingToken) is { } problem)
                {
                    TurnOff(problem);
                    return;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// Creates or migrates the database and runs its check; null when it cannot be used: a file is then
    /// off (logged, fault set), a server unreachable (logged, tried again).
    /// </summary>
    private async Task<int?> OpenCheckedAsync(CancellationToken stoppingToken)
    {
        var file = new FileInfo(database.Location);
        if (database.IsLocalFile && file.Exists && file.Length == 0)
        {
            logger.DatabaseEmpty(database.Setting, database.Location);
        }
        else if (database.IsLocalFile && !file.Exists)
        {
            logger.DatabaseCreated(database.Setting, database.Location);
        }

        try
        {
            var version = await database.MigrateAsync(stoppingToken);
            if (await CheckIntegrityAsync(stoppingToken) is { } problem)
            {
                TurnOff(problem);
                return null;
            }

            fault.MarkVerified();
            return version;
        }
        catch (Exception e) when (DigestStorageFault.IsStorageFailure(e) && !stoppingToken.IsCancellationRequested)
        {
            if (database.IsLocalFile)
            {
                TurnOff(e.Message);
            }
            else
            {
                logger.DatabaseUnreachable(database.Setting, database.Location, e.Message);
            }

            return null;
        }
    }

    private async Task<string?> CheckIntegrityAsync(CancellationToken stoppingToken)
    {
        try
        {
            var result = await database.QuickCheckAsync(stoppingToken);
            return result == "ok" ? null : "PRAGMA quick_check failed: " + result;
        }
        catch (Exception e) when (DigestStorageFault.IsStorageFailure(e))
        {
            return "PRAGMA quick_check failed: " + e.Message;
        }
    }

    private void TurnOff(string reason)
    {
        fault.Set(reason);
        logger.DatabaseUnusable(database.Setting, database.Location, reason);
    }
}
