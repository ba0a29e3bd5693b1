using GcmBot.Core.Corpus;
using GcmBot.Core.Search;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Hosting;

public static class HealthExtensions
{
    /// <summary>Tag of the checks /readyz runs; each enabled chat adapter and the digest add their own.</summary>
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<CorpusHealthCheck>("corpus", tags: [ReadyTag])
            .AddCheck<IndexHealthCheck>("index", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// /healthz: the process answers. /readyz: corpus loaded, index built, adapters connected. Both answer
    /// GET and HEAD only; any other method gets 405 from routing.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var probes = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(probes);
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = HealthReportWriter.WriteAsync })
            .WithMetadata(probes);
        return app;
    }

    private sealed class CorpusHealthCheck(GcmCorpus corpus) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy($"{corpus.Passages.Count} passages from {corpus.Manifest.Documents.Count} documents"));
    }

    /// <summary>The index is built at start (AnswersWarmup) before the server listens; a failed build stops the app.</summary>
    private sealed class IndexHealthCheck(PassageIndex index) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(HealthCheckResult.Healthy($"{index.Passages.Count} passages indexed"));
    }
}
