using GcmBot.Hosting;
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
    DigestStorageFault fault,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger) : DrainingBackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        if (await OpenCheckedAsync(stoppingToken) is not { } version)
        {
            return;
        }

        logger.SchedulerStarted(database.Path, version, settings.TickInterval);
        using var timer = new PeriodicTimer(settings.TickInterval, time);
        do
        {
            try
            {
                await dispatcher.RunOnceAsync(stoppingToken, Deadline);
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

    /// <summary>Creates or migrates the file and runs quick_check; null (digest off, logged) when it cannot be used.</summary>
    private async Task<int?> OpenCheckedAsync(CancellationToken stoppingToken)
    {
        var file = new FileInfo(database.Path);
        if (file.Exists && file.Length == 0)
        {
            logger.DatabaseEmpty(DigestOptions.SectionName + ":DatabasePath", database.Path);
        }
        else if (!file.Exists)
        {
            logger.DatabaseCreated(DigestOptions.SectionName + ":DatabasePath", database.Path);
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
            TurnOff(e.Message);
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
        logger.DatabaseUnusable(DigestOptions.SectionName + ":DatabasePath", database.Path, reason);
    }
}
