using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting;

/// <summary>
/// Writes /readyz as JSON: overall status and each check's status and description (never exception details), and logs
/// what it found (<see cref="ReadinessLog"/>).
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var services = context.RequestServices;
        ReadinessLog.Write(
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ReadinessLog).FullName!),
            report,
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.Body.WriteAsync(HealthReportJson.Write(report)).AsTask();
    }
}
