using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace GcmBot.Hosting;

public static class HealthExtensions
{
    /// <summary>Tag of the checks /readyz runs; each enabled chat adapter and the digest add their own.</summary>
    public const string ReadyTag = "ready";

    private const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        // The corpus and index checks come with their start-up steps (AddCorpus, AddAnswers; see Hosting/Startup).
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton<HealthReportWriter>();

        // The health check service logs every unhealthy check at Error, the expected "starting" answers during start-up
        // included; /readyz logs what it found itself (ReadinessLog), by whether the host has started.
        builder.Logging.AddFilter(HealthCheckServiceCategory, LogLevel.None);
        return builder;
    }

    /// <summary>
    /// /healthz: the process answers. /readyz: corpus loaded, index built, adapters connected. Both answer
    /// GET and HEAD only; any other method gets 405 from routing.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var probes = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        var writer = app.ServiceProvider.GetRequiredService<HealthReportWriter>();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(probes);
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = writer.WriteAsync })
            .WithMetadata(probes);
        return app;
    }
}
