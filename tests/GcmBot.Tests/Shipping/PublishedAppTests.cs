using System.Diagnostics;
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
        var published = await RunAsync("dotnet", $"publish {recipe.PublishArguments} -o \"{app}\"", repository, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
        Assert.True(published.ExitCode == 0, published.Output);
        Assert.True(File.Exists(Path.Combine(app, "corpus", "manifest.json")), "the corpus is in the image");

        var port = FreePort();
        var environment = recipe.Environment.ToDictionary(
            e => e.Key,
            e => e.Value.StartsWith("/data/", StringComparison.Ordinal) ? Path.Combine(_root, "data", e.Value["/data/".Length..]) : e.Value);
        environment["Urls"] = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(Path.Combine(_root, "data"));

        using var process = Start("dotnet", "GcmBot.dll", app, environment);
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            await WaitUntilHealthyAsync(client);

            var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

            var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "/objective 13" });
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", json.RootElement.GetProperty("title").GetString());

            var probeArguments = string.Join(' ', recipe.HealthCheck.Split(',').Select(a => a.Trim().Trim('"')).Skip(1))
                .Replace("http://127.0.0.1:8080", $"http://127.0.0.1:{port}", StringComparison.Ordinal);
            var probe = await RunAsync("dotnet", probeArguments, app, environment, TimeSpan.FromSeconds(30));
            Assert.True(probe.ExitCode == 0, "HEALTHCHECK command failed: " + probe.Output);
            Assert.True(File.Exists(Path.Combine(_root, "data", "gcmbot.db")), "the subscription database is on the data volume");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The published app did not answer /healthz within 60 s.");
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments, string directory, IDictionary<string, string> environment, TimeSpan timeout)
    {
        using var process = Start(file, arguments, directory, environment);
        using var cancel = new CancellationTokenSource(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        await process.WaitForExitAsync(cancel.Token);
        var text = await stdout + await stderr;
        output.WriteLine($"$ {file} {arguments}\n{text}");
        return (process.ExitCode, text);
    }

    private static Process Start(string file, string arguments, string directory, IDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
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
