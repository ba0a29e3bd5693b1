using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Digest;

/// <summary>
/// The digest's part of readiness. Degraded, not unhealthy, when its database cannot be written or a
/// posted digest is not yet recorded: the bot still answers everyone, only subscribing waits, and
/// taking the instance out of service would silence it for nothing. Healthy again by itself once
/// the database takes writes.
/// </summary>
internal sealed class DigestHealthCheck(DigestDatabase database, DigestDispatcher dispatcher) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (writable, reason) = await database.ProbeWriteAsync(cancellationToken);
        if (!writable)
        {
            return HealthCheckResult.Degraded($"The digest database cannot be written ({reason}); subscriptions cannot change and sends cannot be recorded.");
        }

        return dispatcher.UnrecordedSends > 0
            ? HealthCheckResult.Degraded($"{dispatcher.UnrecordedSends} posted digest(s) not yet recorded in the database.")
            : HealthCheckResult.Healthy("Digest database writable.");
    }
}
