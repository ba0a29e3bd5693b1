using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Storage.Postgres;

/// <summary>
/// /readyz for the shared store: Unhealthy, naming Storage:ConnectionString, while PostgreSQL cannot be
/// reached or written, so the load balancer sends traffic to a replica that can remember it.
/// </summary>
internal sealed class PostgresHealthCheck(PostgresDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var (writable, reason) = await database.ProbeWriteAsync(cancellationToken);
            return writable
                ? HealthCheckResult.Healthy($"{database.Location}, schema version {database.SchemaVersion}, writable")
                : HealthCheckResult.Unhealthy($"{database.Setting} ({database.Location}) cannot be written: {reason}");
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{database.Setting} ({database.Location}) cannot be used: {e.Message}");
        }
    }
}
