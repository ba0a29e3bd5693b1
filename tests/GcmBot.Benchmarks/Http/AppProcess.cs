using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// The app as it runs in production, `dotnet GcmBot.dll` from the Release build output, in a child
/// process of its own (so its memory is its own), bound to a free loopback port. Discord is on with
/// the benchmark's key (gateway and command registration off, REST pointed at the fake platform);
/// Teams is in Emulator mode; databases live in a fresh temporary folder.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly string _dataDirectory;
    private readonly Dictionary<string, TaskCompletionSource<(TimeSpan At, string Line)>> _watched = new(StringComparer.Ordinal);
    private int _warnings;
    private bool _prometheus;
    private long _started;
    private TimeSpan? _firstOutput;
    private TimeSpan? _listening;

    private AppProcess(Process process, string dataDirectory, string baseUrl)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseUrl = baseUrl;
    }

    /// <summary>The Release build output of src/GcmBot, built with this project.</summary>
    public static string BuildOutput { get; } = typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GcmBotAppPath").Value!;

    public string BaseUrl { get; }

    public int Pid => _process.Id;

    /// <summary>From Process.Start until /readyz first answered 200.</summary>
    public TimeSpan StartToReady { get; private set; }

    /// <summary>The app's CPU time (all its threads) when /readyz first answered 200: on a busy machine, the fairer start-up cost.</summary>
    public TimeSpan CpuToReady { get; private set; }

    /// <summary>Until the first log line (the runtime is up and the host is built), and until Kestrel said "Now listening" (the corpus and index may still be loading: /readyz waits for them).</summary>
    public (TimeSpan? FirstOutput, TimeSpan? Listening) Milestones => (_firstOutput, _listening);

    /// <summary>Log lines at warning level or above ("warn:", "fail:", "crit:") written so far.</summary>
    public int Warnings => Volatile.Read(ref _warnings);

    /// <param name="appPath">GcmBot.dll to run: the build output, or e.g. a published folder's (--app).</param>
    /// <param name="watchFor">Log texts whose first appearance <see cref="Seen"/> times, e.g. a background load's "done" line.</param>
    /// <param name="arguments">Command-line arguments after the dll, e.g. the benchmark's own "--floor-server".</param>
    public static async Task<AppProcess> StartAsync(HttpClient http, string appPath, string publicKeyHex, FakePlatform platform, IReadOnlyList<string> extraEnvironment, IReadOnlyList<string>? watchFor = null, IReadOnlyList<string>? arguments = null)
    {
        if (!File.Exists(appPath))
        {
            throw new FileNotFoundException("Build the app first (dotnet run builds it): " + appPath);
        }

        var port = FreePort();
        var data = Directory.CreateTempSubdirectory("gcmbot-bench-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appPath);
        foreach (var argument in arguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in Settings(port, data, publicKeyHex, platform))
        {
            start.Environment[name] = value;
        }

        // NAME=VALUE from --app-env, e.g. DOTNET_PerfMapEnabled=1 for perf, or a GC setting to compare.
        foreach (var pair in extraEnvironment.Select(e => e.Split('=', 2)).Where(p => p.Length == 2))
        {
            start.Environment[pair[0]] = pair[1];
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new AppProcess(process, data, $"http://127.0.0.1:{port}")
        {
            _started = started,
            _prometheus = extraEnvironment.Contains("Telemetry__Prometheus=true", StringComparer.OrdinalIgnoreCase),
        };
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);

        // Before the output is read, so no watched line can be missed.
        foreach (var text in watchFor ?? [])
        {
            app._watched[text] = new TaskCompletionSource<(TimeSpan At, string Line)>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitReadyAsync(http, started);
        return app;
    }

    /// <summary>Completes when a log line first contained <paramref name="text"/> (one of StartAsync's watchFor): the time since Process.Start, and the line.</summary>
    public Task<(TimeSpan At, string Line)> Seen(string text) => _watched[text].Task;

    public ResidentMemory? Memory() => Machine.Memory(_process.Id);

    /// <summary>VmRSS alone in MB (no smaps walk), for sampling often.</summary>
    public double? Rss() => Machine.Rss(_process.Id);

    /// <summary>Resident memory by kind, and the GC's own figures when the app serves /metrics (Telemetry__Prometheus=true).</summary>
    public async Task<ResidentMemory?> MemoryAsync(HttpClient http) =>
        Memory() is { } memory && _prometheus ? memory with { Gc = await GcMetrics.ReadAsync(http, BaseUrl) } : Memory();

    /// <summary>The app's CPU time so far, all threads.</summary>
    public TimeSpan Cpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public string RecentOutput()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static IEnumerable<(string, string)> Settings(int port, string data, string publicKeyHex, FakePlatform platform) =>
    [
        ("Urls", $"http://127.0.0.1:{port}"),
        ("ASPNETCORE_ENVIRONMENT", "Production"),
        ("Discord__ApplicationId", Interactions.ApplicationId),
        ("Discord__PublicKey", publicKeyHex),
        ("Discord__BotToken", "benchmark-token"),
        ("Discord__EnableGateway", "false"),
        ("Discord__RegisterCommands", "false"),
        ("Discord__ApiBaseUrl", platform.DiscordApiBaseUrl),

        // The replay guard keeps 100,000 ids for twice this age (10 minutes by default): a ramp at thousands of
        // interactions a second fills it in under a minute and is then refused (503). At the minimum age (5 s, ids kept
        // 10 s) it holds 10,000 a second sustained, so the ramp measures the endpoint rather than the guard's size.
        ("Discord__MaxSignatureAge", "00:00:05"),

        // The Teams ramp writes as one person (or a few): at the default 20 messages a minute per person nearly every
        // message would be answered with the rate limit's refusal instead of the reply the ramp is named after.
        ("RateLimits__UserPermits", "1000000"),
        ("RateLimits__ConversationPermits", "1000000"),
        ("Teams__AppId", ""),
        ("Teams__EmulatorMode", "true"),
        ("Teams__StatePath", Path.Combine(data, "teams.db")),
        ("Digest__DatabasePath", Path.Combine(data, "gcmbot.db")),
    ];

    private async Task WaitReadyAsync(HttpClient http, long started)
    {
        var deadline = started + (30 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:{Environment.NewLine}{RecentOutput()}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/readyz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartToReady = Stopwatch.GetElapsedTime(started);
                    _process.Refresh();
                    CpuToReady = _process.TotalProcessorTime;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("The app was not ready after 30 s:" + Environment.NewLine + RecentOutput());
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _firstOutput ??= Stopwatch.GetElapsedTime(_started);
        if (_listening is null && line.Contains("Now listening on", StringComparison.Ordinal))
        {
            _listening = Stopwatch.GetElapsedTime(_started);
        }

        foreach (var (text, seen) in _watched)
        {
            if (!seen.Task.IsCompleted && line.Contains(text, StringComparison.Ordinal))
            {
                seen.TrySetResult((Stopwatch.GetElapsedTime(_started), line));
            }
        }

        if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _warnings);
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
