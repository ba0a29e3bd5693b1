using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Answers;

/// <summary>
/// /readyz for the semantic layer. Healthy while the model loads (ready never waits for it; answers are lexical
/// meanwhile) and once it is loaded. Degraded, not unready, when it failed to load: the app still answers everyone,
/// lexically and without declining off-topic questions, and taking it out of service would silence it for nothing.
/// </summary>
internal sealed class SemanticHealthCheck(IOptions<AnswersOptions> options, SemanticModelState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(options.Value.Semantic ? Result(state.Status) : HealthCheckResult.Healthy("off (Answers:Semantic=false)"));

    private static HealthCheckResult Result(SemanticModelStatus status) => status switch
    {
        SemanticModelStatus.Loaded => HealthCheckResult.Healthy("MiniLM model loaded; off-topic questions are declined"),
        SemanticModelStatus.Failed => HealthCheckResult.Degraded(
            "the MiniLM model could not be loaded; answers are lexical and off-topic questions are not declined"),
        _ => HealthCheckResult.Healthy("loading; answers are lexical until it is loaded"),
    };
}
