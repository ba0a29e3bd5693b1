using System.Net;
using System.Text.Json;
using GcmBot.Answers;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Answers;

/// <summary>
/// The real app with Answers:Semantic on and the model's load replaced (the loader's Model seam): /readyz names the
/// semantic layer's state, stays 200 while the model loads and when it failed, and says Degraded when it failed.
/// </summary>
public sealed class SemanticReadinessTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = TestPaths.NewTempDirectory("semantic-ready");
    private GcmBotFactory? _app;

    public void Dispose()
    {
        _app?.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ModelFailsToLoad_ReadyzDegradedWithTheReason()
    {
        using var factory = App(new SemanticModelLoader.Model(() => Task.FromException(new FileNotFoundException("model.onnx")), () => false));
        using var client = factory.CreateClient();

        var (status, semantic) = await ReadyzOnce(client, s => s.Status == "Degraded");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("the MiniLM model could not be loaded; answers are lexical and off-topic questions are not declined", semantic.Description);
    }

    [Fact]
    public async Task ModelLoaded_ReadyzSemanticHealthy()
    {
        using var factory = App(new SemanticModelLoader.Model(() => Task.CompletedTask, () => false));
        using var client = factory.CreateClient();

        var (status, semantic) = await ReadyzOnce(client, s => s.Description?.StartsWith("loading", StringComparison.Ordinal) == false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", semantic.Status);
        Assert.StartsWith("MiniLM model loaded", semantic.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelStillLoading_Readyz200()
    {
        var load = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var factory = App(new SemanticModelLoader.Model(() => load.Task, () => false));
        try
        {
            using var client = factory.CreateClient();

            // Ready comes once the start-up steps have run; the model's load has not ended, so it is still loading.
            var (status, semantic) = await ReadyzOnce(client, _ => true);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(("Healthy", "loading; answers are lexical until it is loaded"), (semantic.Status, semantic.Description));
        }
        finally
        {
            // Let the loader end, so the host's stop does not wait for it.
            load.TrySetResult();
        }
    }

    private WebApplicationFactory<Program> App(SemanticModelLoader.Model model)
    {
        _app = new GcmBotFactory(
            new Dictionary<string, string?>
            {
                ["Answers:Semantic"] = "true",
                ["Digest:DatabasePath"] = Path.Combine(_data, "gcmbot.db"),
                ["Teams:StatePath"] = Path.Combine(_data, "teams-state.db"),
            },
            output);
        return _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(model)));
    }

    /// <summary>Polls /readyz until it is 200 (the digest opens its database just after start) and the semantic entry matches.</summary>
    private static async Task<(HttpStatusCode Status, Entry Semantic)> ReadyzOnce(HttpClient client, Func<Entry, bool> wanted)
    {
        (HttpStatusCode Status, Entry Semantic) last = default;
        await Eventually.WaitUntil(
            async () =>
            {
                using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var semantic = json.RootElement.GetProperty("checks").GetProperty("semantic");
                last = (response.StatusCode, new Entry(semantic.GetProperty("status").GetString()!, semantic.GetProperty("description").GetString()));
                return last.Status == HttpStatusCode.OK && wanted(last.Semantic);
            },
            () => last);
        return last;
    }

    private sealed record Entry(string Status, string? Description);
}
