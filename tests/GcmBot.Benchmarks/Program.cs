using BenchmarkDotNet.Running;
using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.InProcess;
using GcmBot.Benchmarks.Measure;
using GcmBot.Benchmarks.Report;

namespace GcmBot.Benchmarks;

/// <summary>
/// Runs every measurement in one go and prints the Markdown table the README shows. "--bdn" runs
/// the BenchmarkDotNet view instead; "--quick" shortens everything (a smoke run, not for figures);
/// "--profile NAME" loops one in-process operation for a profiler; "--profile goals19" prints only issue 19's goal
/// rows, "--profile goals16" only issue 16's speed and memory targets; "--fanout" runs the digest fan-out through 1, 2 and 3 replicas instead (Fanout/FanoutBenchmark.cs).
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--floor-server"))
        {
            return await Floor.FloorServer.RunAsync();
        }

        if (args.Contains("--fanout"))
        {
            return await Fanout.FanoutBenchmark.RunAsync(args, AppProcess.BuildOutput);
        }

        var settings = BenchmarkSettings.Parse(args);
        if (settings.BenchmarkDotNet)
        {
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run([.. args.Where(a => a != "--bdn")]);
            return 0;
        }

        if (args.ToList().IndexOf("--profile") is var at and >= 0 && at + 1 < args.Length)
        {
            if (args[at + 1] == "goals19")
            {
                return await Goals19.RunAsync(settings, Console.Out, Console.Error);
            }

            if (args[at + 1] == "goals16")
            {
                return await Goals16.RunAsync(settings, Console.Out, Console.Error);
            }

            return ProfileLoop.Run(args[at + 1], settings.StepDuration * 3, Console.Out);
        }

        var progress = Console.Error;
        var loadAtStart = Machine.LoadAverage();
        var report = new BenchmarkReport();
        var scope = "";
        if (settings.InProcess)
        {
            progress.WriteLine($"In-process (load average {loadAtStart})");
            var load = LoadRun.Run(settings.IndexBuilds);
            using var app = new AppServices();
            var evaluation = BenchmarkCorpus.Evaluation();
            var objective = ObjectiveRun.Run(app, settings.Rounds * 10);
            var answers = AnswerRun.Run(app, [.. evaluation.Select(q => q.Question)], settings.Rounds);
            var search = SearchRun.Run(app, evaluation, settings.Rounds);
            InProcessReport.Add(report, load, objective, answers, search, SignatureRun.Run(settings.Rounds * 10));
            scope = $"{app.Corpus.Passages.Count:N0} passages, {evaluation.Count} evaluation questions; ";
        }

        if (settings.OverHttp)
        {
            progress.WriteLine($"Over HTTP: {settings.AppPath ?? AppProcess.BuildOutput} (load average {Machine.LoadAverage()})");
            HttpReport.Add(report, await HttpRun.RunAsync(settings, progress));
        }

        report.Write(Console.Out,
            $"GcmBot benchmark, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC: {Machine.Describe()}; {scope}" +
            $"1-minute load average {loadAtStart} at start, {Machine.LoadAverage()} at end.");
        return 0;
    }
}
