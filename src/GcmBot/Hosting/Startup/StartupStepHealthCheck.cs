using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting.Startup;

/// <summary>
/// A start-up step's readiness: unhealthy (so /readyz answers 503) until the step has run, healthy with the
/// step's own description afterwards. It never waits for the step: a probe during start-up gets its answer at once.
/// </summary>
internal sealed class StartupStepHealthCheck(StartupStep step, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(step switch
        {
            { IsReady: true } => HealthCheckResult.Healthy(step.Describe?.Invoke(services)),
            { Done.IsFaulted: true } => HealthCheckResult.Unhealthy($"failed: {step.Done.Exception!.InnerException!.Message}"),
            _ => HealthCheckResult.Unhealthy("starting: not loaded yet"),
        });
}
