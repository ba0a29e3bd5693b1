using System.Diagnostics;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// One in-process operation in a loop for a while and nothing else, for a profiler to sample
/// (`perf record -g` with DOTNET_PerfMapEnabled=1): "objective-discord", "objective-teams", "ask".
/// </summary>
internal static class ProfileLoop
{
    public static int Run(string name, TimeSpan duration, TextWriter output)
    {
        using var app = new AppServices();
        var objectives = Enumerable.Range(1, 23).Select(n => $"objective {n}").ToList();
        var questions = BenchmarkCorpus.Questions();
        Action<int>? step = name switch
        {
            "objective-discord" => i => ObjectiveRun.Discord(app, ObjectiveRun.Route(app, objectives[i % objectives.Count])),
            "objective-teams" => i => ObjectiveRun.Teams(app, ObjectiveRun.Route(app, objectives[i % objectives.Count])),
            "ask" => i => app.Engine.Ask(questions[i % questions.Count]),
            _ => null,
        };
        if (step is null)
        {
            output.WriteLine($"Unknown profile loop \"{name}\": objective-discord, objective-teams or ask.");
            return 2;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var calls = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            step(calls++);
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"{name}: {calls:N0} calls in {duration.TotalSeconds:0} s, {duration.TotalMilliseconds * 1000 / calls:0.0} µs each, {cpu.TotalMilliseconds * 1000 / calls:0.0} µs of process CPU each");
        return 0;
    }
}
