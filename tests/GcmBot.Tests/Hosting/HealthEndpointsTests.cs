using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting;

/// <summary>The real app (no chat platform configured): /healthz, /readyz with each check, and the metered router.</summary>
public sealed class HealthEndpointsTests : IDisposable
{
    private readonly string _data = TestPaths.NewTempDirectory("health");
    private readonly GcmBotFactory _factory;

    public HealthEndpointsTests(ITestOutputHelper output) => _factory = new GcmBotFactory(
        new Dictionary<string, string?>
        {
            ["Digest:DatabasePath"] = Path.Combine(_data, "gcmbot.db"),
            ["Teams:StatePath"] = Path.Combine(_data, "teams-state.db"),
        },
        output);

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    // Issue 14: probes are reads; PUT, DELETE, TRACE and made-up methods used to get 200.
    [Theory]
    [InlineData("/healthz", "PUT")]
    [InlineData("/healthz", "DELETE")]
    [InlineData("/healthz", "TRACE")]
    [InlineData("/readyz", "POST")]
    [InlineData("/readyz", "PATCH")]
    [InlineData("/readyz", "FOO")]
    public async Task Probes_MethodOtherThanGetOrHead_405(string path, string method)
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_Head_AnsweredLikeGet(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ProcessUp_200()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_EverythingLoaded_200WithCorpusIndexTeamsAndDigestChecks()
    {
        using var client = _factory.CreateClient();
        HttpResponseMessage response = null!;

        // The digest scheduler opens its database just after start; give it that moment.
        await Eventually.WaitUntil(async () =>
        {
            response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(["calendar", "corpus", "digest", "index", "semantic", "teams"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Contains("passages indexed", checks.GetProperty("index").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("off (no Teams:AppId", checks.GetProperty("teams").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("off (Answers:Semantic=false)", checks.GetProperty("semantic").GetProperty("description").GetString());
        Assert.StartsWith("database open, schema version", checks.GetProperty("digest").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalChat_OneQuestion_CountedAndTimedByTheAppsMeter()
    {
        using var client = _factory.CreateClient();
        using var recorder = new MetricRecorder(_factory.Services.GetRequiredService<IMeterFactory>());

        var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "/objective 13" });

        response.EnsureSuccessStatusCode();
        var question = Assert.Single(recorder.Of("gcmbot.questions"));
        var duration = Assert.Single(recorder.Of("gcmbot.answer.duration"));
        Assert.Equal(("local", "objective"), (question["surface"], question["command"]));
        Assert.Equal(("local", "objective"), (duration["surface"], duration["command"]));
        Assert.True(duration.Value > 0);
    }
}
