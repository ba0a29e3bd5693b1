using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GcmBot.Soak;

/// <summary>The published app, started on 127.0.0.1 with soak settings; its resident memory read from /proc.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private const int KeptLines = 60;

    private readonly Process _process;
    private readonly string _stateFolder;
    private readonly Queue<string> _recent = new();

    private AppProcess(Process process, string stateFolder, Uri baseAddress)
    {
        _process = process;
        _stateFolder = stateFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>Lines the app wrote at Warning or above (its console log), to print at the end.</summary>
    public List<string> Problems { get; } = [];

    public static async Task<AppProcess> StartAsync(string appDll, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreeLoopbackPort();
        var stateFolder = Path.Combine(Path.GetTempPath(), "gcmbot-soak-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(appDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Teams__StatePath"] = Path.Combine(stateFolder, "teams-state.db");
        start.Environment["Teams__EmulatorMode"] = "true";
        start.Environment["Digest__DatabasePath"] = Path.Combine(stateFolder, "gcmbot.db");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, stateFolder, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => app.Collect(e.Data);
        process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitReadyAsync();
        return app;
    }

    /// <summary>VmRSS of the app process, in MB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM to the process this soak started (by its id): the app drains and stops by itself.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
        if (Directory.Exists(_stateFolder))
        {
            Directory.Delete(_stateFolder, recursive: true);
        }
    }

    /// <summary>The app's last lines of output (stdout and stderr), for a failure message.</summary>
    public string RecentOutput()
    {
        lock (_recent)
        {
            return string.Join(Environment.NewLine, _recent);
        }
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            lock (_recent)
            {
                _recent.Enqueue(line);
                while (_recent.Count > KeptLines)
                {
                    _recent.Dequeue();
                }
            }
        }

        if (line is not null && (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)))
        {
            lock (Problems)
            {
                Problems.Add(line);
            }
        }
    }

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exited = _process.WaitForExitAsync(CancellationToken.None);
        var seen = "nothing yet";
        while (!exited.IsCompleted)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("readyz", UriKind.Relative), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                seen = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                seen = ex.Message; // Not listening yet.
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
                seen = "no answer within 2 s"; // Still starting.
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The app was not ready within 60 seconds (last /readyz: {seen}). Its output:{Environment.NewLine}{RecentOutput()}");
            }

            // Poll again shortly, or at once when the app exits.
            await Task.WhenAny(exited, Task.Delay(250, CancellationToken.None));
        }

        await exited;
        throw new InvalidOperationException($"The app exited with code {_process.ExitCode} during start (last /readyz: {seen}). Its output:{Environment.NewLine}{RecentOutput()}");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
