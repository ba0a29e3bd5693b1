using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// /readyz for the digest: with the scheduler on, ready once its database has been opened and
/// migrated (the scheduler does that first thing at start). With it off there is nothing to wait for.
/// Degraded, not unready, when the database cannot be written or a posted digest is not yet recorded:
/// the bot still answers everyone, only subscribing waits, and taking the instance out of service
/// would silence it for nothing. Healthy again by itself once the database takes writes. Unhealthy, for
/// good until a restart, when the file is damaged (cannot be opened, or fails PRAGMA quick_check). The dispatcher is
/// null while the forum calendar it needs is still loading (a start-up step with a check of its own): nothing can have
/// been posted yet, so the check reports the database alone rather than repeat the calendar's state.
/// </summary>
internal sealed class DigestHealthCheck(IDigestDatabase database, DigestDispatcher? dispatcher, IOptions<DigestOptions> options, DigestStorageFault? fault = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return HealthCheckResult.Healthy("scheduler off (Digest:Enabled is false)");
        }

        if (fault?.Reason is { } broken)
        {
            return HealthCheckResult.Unhealthy($"off: the database at {database.Setting} ({database.Location}) cannot be used ({broken}); answers go on");
        }

        // Not before the scheduler's quick_check: the write probe below would open the file, but not check it.
        if (database.SchemaVersion is not { } version || fault is { Verified: false })
        {
            return HealthCheckResult.Unhealthy($"database not opened yet ({database.Setting}: {database.Location})");
        }

        var (writable, reason) = await database.ProbeWriteAsync(cancellationToken);
        if (!writable)
        {
            var message = $"the database at {database.Setting} ({database.Location}) cannot be written ({reason}); subscriptions cannot change and sends cannot be recorded";
            return database.IsLocalFile ? HealthCheckResult.Degraded(message) : HealthCheckResult.Unhealthy(message);
        }

        return dispatcher is { UnrecordedSends: > 0 }
            ? HealthCheckResult.Degraded($"{dispatcher.UnrecordedSends} posted digest(s) not yet recorded in the database")
            : HealthCheckResult.Healthy($"database open, schema version {version}, writable");
    }
}
