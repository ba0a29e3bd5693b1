using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting;

/// <summary>
/// Writes /readyz as JSON: overall status and each check's status and description (never exception details), and logs
/// what it found (<see cref="ReadinessLog"/>, under that class's name) through one logger made when the app is built.
/// </summary>
internal sealed class HealthReportWriter(ILoggerFactory loggers, IHostApplicationLifetime lifetime)
{
    private readonly ILogger _logger = loggers.CreateLogger(typeof(ReadinessLog).FullName!);

    public Task WriteAsync(HttpContext context, HealthReport report)
    {
        ReadinessLog.Write(_logger, report, lifetime.ApplicationStarted.IsCancellationRequested);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(HealthReportJson.Write(report)).AsTask();
    }
}
