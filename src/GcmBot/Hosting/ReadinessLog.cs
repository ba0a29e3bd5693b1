using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting;

/// <summary>
/// Logs what a /readyz probe found, in place of the health check service's own lines (turned off in
/// <see cref="HealthExtensions.AddHealth"/>), which logged every unhealthy check at Error level. Before the host has
/// reported started, "not ready" is the expected answer (the corpus is loading, a file is being checked), so it is
/// logged at Debug; once started, an unhealthy check is a fault and logged at Error, a degraded one at Warning.
/// </summary>
internal static partial class ReadinessLog
{
    public static void Write(ILogger logger, HealthReport report, bool hostStarted)
    {
        foreach (var (name, entry) in report.Entries)
        {
            switch (entry.Status)
            {
                case HealthStatus.Unhealthy when hostStarted:
                    Unhealthy(logger, name, entry.Description, entry.Exception);
                    break;
                case HealthStatus.Unhealthy:
                    NotReadyYet(logger, name, entry.Description, entry.Exception);
                    break;
                case HealthStatus.Degraded:
                    Degraded(logger, name, entry.Description, entry.Exception);
                    break;
            }
        }
    }

    [LoggerMessage(EventId = 7102, EventName = "ReadinessUnhealthy", Level = LogLevel.Error,
        Message = "Readiness check {Name} is Unhealthy: {Description}")]
    private static partial void Unhealthy(ILogger logger, string name, string? description, Exception? exception);

    [LoggerMessage(EventId = 7103, EventName = "ReadinessStarting", Level = LogLevel.Debug,
        Message = "Readiness check {Name} is not ready yet while the app starts: {Description}")]
    private static partial void NotReadyYet(ILogger logger, string name, string? description, Exception? exception);

    [LoggerMessage(EventId = 7104, EventName = "ReadinessDegraded", Level = LogLevel.Warning,
        Message = "Readiness check {Name} is Degraded: {Description}")]
    private static partial void Degraded(ILogger logger, string name, string? description, Exception? exception);
}
