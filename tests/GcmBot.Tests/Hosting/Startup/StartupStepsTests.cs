using System.Net;
using System.Text.Json;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting.Startup;

/// <summary>
/// Issue 19: the corpus, the lexicon, the index and the calendar are built on threads of their own while the host and
/// the server start. The server may answer before they are done, but /readyz must not say ready until they are.
/// </summary>
public sealed class StartupStepsTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly string _data = TestPaths.NewTempDirectory("startup-steps");
    private readonly ITestOutputHelper _output;

    public StartupStepsTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Readyz_CorpusStillLoadingWhileTheServerAnswers_503WithCorpusAndIndexUnhealthyThen200()
    {
        // The corpus folder opens only when the test says so: a slow disk, held still. Everything the steps build
        // needs it, so until then nothing the lexical path answers from exists.
        using var corpusMayOpen = new ManualResetEventSlim();
        var stepsRunning = new TaskCompletionSource<IServiceProvider>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var app = new GcmBotFactory(
            new Dictionary<string, string?>
            {
                ["Digest:Enabled"] = "false",
                ["Digest:DatabasePath"] = Path.Combine(_data, "gcmbot.db"),
                ["Teams:StatePath"] = Path.Combine(_data, "teams-state.db"),
            },
            _output);
        using var factory = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton(sp =>
            {
                stepsRunning.TrySetResult(sp);
                return corpusMayOpen.Wait(Deadline)
                    ? CorpusDirectory.Open(TestPaths.Corpus)
                    : throw new TimeoutException("The test never let the corpus open.");
            })));

        // Starting the host waits for the steps, so it runs aside while the test asks what /readyz would answer.
        var started = Task.Run(() => factory.CreateClient());
        HealthReport early;
        try
        {
            var services = await stepsRunning.Task.WaitAsync(Deadline);
            early = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthExtensions.ReadyTag));
        }
        finally
        {
            corpusMayOpen.Set();
        }

        Assert.Equal(HealthStatus.Unhealthy, early.Status);
        Assert.Equal(HealthStatus.Unhealthy, early.Entries["corpus"].Status);
        Assert.Equal(HealthStatus.Unhealthy, early.Entries["index"].Status);
        Assert.Equal(HealthStatus.Unhealthy, early.Entries["calendar"].Status);

        // The digest's check reports its own state (here the scheduler is off), not the calendar's a second time.
        Assert.Equal((HealthStatus.Healthy, "scheduler off (Digest:Enabled is false)"), (early.Entries["digest"].Status, early.Entries["digest"].Description));
        Assert.False(started.IsCompleted);

        using var client = await started.WaitAsync(Deadline);
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        // The host reports started only after every step has run, so the first probe after it is ready.
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.All(await ChecksAsync(ready), c => Assert.Equal("Healthy", c.Value));
    }

    private static async Task<Dictionary<string, string>> ChecksAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString()!);
    }
}
