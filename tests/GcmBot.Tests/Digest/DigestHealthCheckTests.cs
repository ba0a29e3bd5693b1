using GcmBot.Digest;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Tests.Digest;

/// <summary>Readiness of the digest: its database opened and migrated, unless the scheduler is off.</summary>
public sealed class DigestHealthCheckTests : IDisposable
{
    private readonly DigestHarness _harness = new(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Check_BeforeAndAfterMigration_UnhealthyThenHealthy()
    {
        var check = new DigestHealthCheck(_harness.Database, _harness.NewDispatcher(), Microsoft.Extensions.Options.Options.Create(_harness.Options));

        var before = await check.CheckHealthAsync(new HealthCheckContext());
        await _harness.Database.MigrateAsync(CancellationToken.None);
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal((HealthStatus.Healthy, "database open, schema version 1, writable"), (after.Status, after.Description));
    }

    [Fact]
    public async Task Check_SchedulerOff_HealthyWithoutTheDatabase()
    {
        _harness.Options.Enabled = false;
        var check = new DigestHealthCheck(_harness.Database, _harness.NewDispatcher(), Microsoft.Extensions.Options.Options.Create(_harness.Options));

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Healthy, "scheduler off (Digest:Enabled is false)"), (result.Status, result.Description));
        Assert.False(File.Exists(_harness.DatabasePath));
    }
}
