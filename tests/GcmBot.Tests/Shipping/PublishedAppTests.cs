using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Xunit.Abstractions;

namespace GcmBot.Tests.Shipping;

/// <summary>
/// Publishes the app exactly as the Dockerfile does, starts it with the container's environment
/// (paths under /data moved to a temp folder, the port on loopback) and uses it as a user would.
/// </summary>
public sealed class PublishedAppTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gcmbot-publish-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task PublishedApp_WithContainerEnvironment_IsHealthyAndAnswersObjective13()
    {
        var repository = RepositoryRoot();
        var recipe = DockerfileRecipe.Read(Path.Combine(repository, "Dockerfile"));
        var app = Path.Combine(_root, "app");
        await using var published = await RunAsync("dotnet", $"publish {recipe.PublishArguments} -o \"{app}\"", repository, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
        Assert.True(published.ExitCode == 0, published.Describe());
        Assert.True(File.Exists(Path.Combine(app, "corpus", "manifest.json")), "the corpus is in the image");

        var port = FreePort();
        var environment = recipe.Environment.ToDictionary(
            e => e.Key,
            e => e.Value.StartsWith("/data/", StringComparison.Ordinal) ? Path.Combine(_root, "data", e.Value["/data/".Length..]) : e.Value);
        environment["Urls"] = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(Path.Combine(_root, "data"));

        await using var process = ChildProcess.Start("dotnet", "GcmBot.dll", app, environment);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            await process.WaitUntilAsync("/healthz to answer 200", ct => ProbeAsync(client, "/healthz", ct), TimeSpan.FromSeconds(60));

            var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.True(ready.StatusCode == HttpStatusCode.OK, process.Describe());

            var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "/objective 13" });
            Assert.True(response.IsSuccessStatusCode, process.Describe());
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", json.RootElement.GetProperty("title").GetString());

            var probeArguments = string.Join(' ', recipe.HealthCheck.Split(',').Select(a => a.Trim().Trim('"')).Skip(1))
                .Replace("http://127.0.0.1:8080", $"http://127.0.0.1:{port}", StringComparison.Ordinal);
            await using var probe = await RunAsync("dotnet", probeArguments, app, environment, TimeSpan.FromSeconds(30));
            Assert.True(probe.ExitCode == 0, "HEALTHCHECK command failed: " + probe.Describe());
            Assert.True(File.Exists(Path.Combine(_root, "data", "gcmbot.db")), "the subscription database is on the data volume");
        }
        finally
        {
            output.WriteLine(process.Describe());
        }
    }

    /// <summary>One GET: done on 200; otherwise what came back (a status, or why there was no answer).</summary>
    private static async Task<(bool Done, string Seen)> ProbeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            return (response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException ex)
        {
            return (false, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, "no answer within the client's 5 s timeout");
        }
    }

    /// <summary>Runs a command to its end (killed past <paramref name="limit"/>); its output goes to the test output.</summary>
    private async Task<ChildProcess> RunAsync(string file, string arguments, string directory, IDictionary<string, string> environment, TimeSpan limit)
    {
        var process = ChildProcess.Start(file, arguments, directory, environment);
        try
        {
            await process.WaitForExitAsync(limit);
        }
        finally
        {
            output.WriteLine(process.Describe());
        }

        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GcmBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GcmBot.sln not found above " + AppContext.BaseDirectory);
    }
}
