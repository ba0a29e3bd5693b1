using GcmBot.Answers;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Answers;

/// <summary>
/// The semantic layer's /readyz entry: never "healthy" once the model failed (answers are lexical, nothing is declined),
/// but never unready either, and ready does not wait for the model while it loads. Expected texts are the issue's.
/// </summary>
public sealed class SemanticHealthCheckTests
{
    [Fact]
    public async Task SemanticOff_HealthyOff()
    {
        var result = await Check(semantic: false, new SemanticModelState());

        Assert.Equal((HealthStatus.Healthy, "off (Answers:Semantic=false)"), (result.Status, result.Description));
    }

    [Fact]
    public async Task Loading_HealthySoReadyDoesNotWait()
    {
        var result = await Check(semantic: true, new SemanticModelState());

        Assert.Equal((HealthStatus.Healthy, "loading; answers are lexical until it is loaded"), (result.Status, result.Description));
    }

    [Fact]
    public async Task LoadFailed_DegradedNamingWhatIsLost()
    {
        var state = new SemanticModelState();
        state.Failed();

        var result = await Check(semantic: true, state);

        Assert.Equal(
            (HealthStatus.Degraded, "the MiniLM model could not be loaded; answers are lexical and off-topic questions are not declined"),
            (result.Status, result.Description));
    }

    [Fact]
    public async Task Loaded_Healthy()
    {
        var state = new SemanticModelState();
        state.Loaded();

        var result = await Check(semantic: true, state);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("loaded", result.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> Check(bool semantic, SemanticModelState state) =>
        new SemanticHealthCheck(Options.Create(new AnswersOptions { Semantic = semantic }), state)
            .CheckHealthAsync(new HealthCheckContext());
}
