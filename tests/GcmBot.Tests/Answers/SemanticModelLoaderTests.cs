using GcmBot.Answers;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Answers;

/// <summary>
/// The model loads only once the host has started (after the corpus and index start-up steps), so its CPU does not
/// compete with what /readyz waits for on a 2-core machine.
/// </summary>
public sealed class SemanticModelLoaderTests
{
    [Fact]
    public async Task StopAsync_BeforeTheAppStarted_ModelNeverLoaded()
    {
        using var lifetime = new StartedLifetime();
        var loads = 0;
        using var loader = Loader(lifetime, () => Interlocked.Increment(ref loads));

        // The loader runs on a pool thread; once it has asked for "started" it is waiting, and any load it was
        // going to begin before the app started would already have been counted.
        await loader.StartAsync(CancellationToken.None);
        await Eventually.WaitUntil(() => lifetime.StartedWatched);
        var loadsBeforeStart = Volatile.Read(ref loads);
        await loader.StopAsync(CancellationToken.None);

        Assert.Equal(0, loadsBeforeStart);
        Assert.Equal(0, Volatile.Read(ref loads));
    }

    [Fact]
    public async Task ApplicationStarted_ModelLoadedOnceAfterIt()
    {
        using var lifetime = new StartedLifetime();
        var startedWhenLoaded = new List<bool>();
        using var loader = Loader(lifetime, () =>
        {
            lock (startedWhenLoaded)
            {
                startedWhenLoaded.Add(lifetime.ApplicationStarted.IsCancellationRequested);
            }
        });

        await loader.StartAsync(CancellationToken.None);
        await lifetime.StartAsync();
        await Eventually.WaitUntil(() => { lock (startedWhenLoaded) { return startedWhenLoaded.Count > 0; } });
        await loader.StopAsync(CancellationToken.None);

        Assert.Equal([true], startedWhenLoaded);
    }

    // The load runs where the loader asks for it (no pool thread), so what the loader does before the app has
    // started is seen at once, not raced.
    private static SemanticModelLoader Loader(StartedLifetime lifetime, Action load) =>
        new(Options.Create(new AnswersOptions { Semantic = true }), lifetime, NullLogger<SemanticModelLoader>.Instance,
            new SemanticModelLoader.Model(() => { load(); return Task.CompletedTask; }, () => false), new SemanticModelState());
}
