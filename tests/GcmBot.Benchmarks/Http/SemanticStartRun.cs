using System.Globalization;
using System.Text.RegularExpressions;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// Issue 16's child-process rows: the app launched with Answers__Semantic true, then false, each 3 times (once
/// with --quick). Per launch: start to ready and the CPU it took (as <see cref="AppProcess"/>
/// measures them), and resident memory: with the layer off at ready, with it on once the app has logged that the
/// model loaded (SemanticModelLoader's line), and when that line came.
/// </summary>
internal static class SemanticStartRun
{
    /// <summary>What SemanticModelLoader logs when the model is loaded ("Semantic layer ready: MiniLM model loaded in N ms").</summary>
    public const string ModelLoaded = "MiniLM model loaded in";

    private static readonly TimeSpan LoadDeadline = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyList<Launch>> RunAsync(BenchmarkSettings settings, bool semantic, TextWriter progress)
    {
        await using var platform = new FakePlatform();
        await platform.StartAsync();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
        using var keys = new DiscordKeys();
        var environment = settings.AppEnvironment.Where(e => !e.StartsWith("Answers__Semantic=", StringComparison.Ordinal))
            .Append($"Answers__Semantic={(semantic ? "true" : "false")}").ToList();
        var launches = new List<Launch>();
        for (var i = 0; i < settings.Launches; i++)
        {
            await using var app = await AppProcess.StartAsync(http, Path.GetFullPath(settings.AppPath ?? AppProcess.BuildOutput),
                keys.PublicKeyHex, platform, environment, [ModelLoaded]);
            (TimeSpan At, string Line)? loaded = null;
            if (semantic)
            {
                try
                {
                    loaded = await app.Seen(ModelLoaded).WaitAsync(LoadDeadline);
                }
                catch (TimeoutException)
                {
                    throw new TimeoutException($"The app did not log \"{ModelLoaded}\" within {LoadDeadline.TotalSeconds:N0} s:{Environment.NewLine}{app.RecentOutput()}");
                }
            }

            launches.Add(new Launch(app.StartToReady, app.CpuToReady, loaded?.At, loaded is { } seen ? LoadTook(seen.Line) : null, await app.MemoryAsync(http)));
            progress.WriteLine($"  semantic {(semantic ? "on" : "off")}, launch {i + 1} (pid {app.Pid}): ready {app.StartToReady.TotalMilliseconds:N0} ms " +
                $"(CPU {app.CpuToReady.TotalMilliseconds:N0} ms), model loaded at {loaded?.At.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) ?? "—"} ms (took {launches[^1].LoadTook?.ToString("N0", CultureInfo.InvariantCulture) ?? "—"} ms); " +
                $"{launches[^1].Memory} (load average {Machine.LoadAverage()})");
        }

        return launches;
    }

    // The load's own duration, as the line says it ("… loaded in 612 ms"); null if the format changes.
    private static double? LoadTook(string line) =>
        Regex.Match(line, ModelLoaded + @" ([\d,]+) ms") is { Success: true } m ? double.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : null;
}

/// <summary>One launch: start to ready and its CPU; with semantic on, when the model-loaded line came and the load it reports (ms); resident memory then.</summary>
internal sealed record Launch(TimeSpan Ready, TimeSpan Cpu, TimeSpan? ModelLoaded, double? LoadTook, ResidentMemory? Memory);
