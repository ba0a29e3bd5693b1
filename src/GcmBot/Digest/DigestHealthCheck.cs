using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

/// <summary>
/// /readyz for the digest: with the scheduler on, ready once its database has been opened and
/// migrated (the scheduler does that first thing at start). With it off there is nothing to wait for.
/// </summary>
internal sealed class DigestHealthCheck(DigestDatabase database, IOptions<DigestOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !options.Value.Enabled ? HealthCheckResult.Healthy("scheduler off (Digest:Enabled is false)")
            : database.SchemaVersion is { } version ? HealthCheckResult.Healthy($"database open, schema version {version}")
            : HealthCheckResult.Unhealthy($"database not opened yet ({DigestOptions.SectionName}:DatabasePath)"));
}
