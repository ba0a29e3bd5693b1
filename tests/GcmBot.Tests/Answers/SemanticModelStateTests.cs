using GcmBot.Answers;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Answers;

/// <summary>The loader records how the model's load ended, so that /readyz can say so (SemanticHealthCheck).</summary>
public sealed class SemanticModelStateTests
{
    [Fact]
    public async Task LoadThrows_StateFailed()
    {
        var state = await LoadedWith(() => Task.FromException(new InvalidOperationException("model file missing")));

        Assert.Equal(SemanticModelStatus.Failed, state.Status);
    }

    [Fact]
    public async Task LoadSucceeds_StateLoaded()
    {
        var state = await LoadedWith(() => Task.CompletedTask);

        Assert.Equal(SemanticModelStatus.Loaded, state.Status);
    }

    private static async Task<SemanticModelState> LoadedWith(Func<Task> load)
    {
        var state = new SemanticModelState();
        using var lifetime = new StartedLifetime();
        using var loader = new SemanticModelLoader(
            Options.Create(new AnswersOptions { Semantic = true }), lifetime, NullLogger<SemanticModelLoader>.Instance,
            new SemanticModelLoader.Model(load, () => false), state);

        await loader.StartAsync(CancellationToken.None);
        await lifetime.StartAsync();
        await Eventually.WaitUntil(() => state.Status != SemanticModelStatus.Loading, () => state.Status);
        await loader.StopAsync(CancellationToken.None);
        return state;
    }
}
