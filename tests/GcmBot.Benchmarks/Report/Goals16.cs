using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.InProcess;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.Report;

/// <summary>
/// "--profile goals16": only issue 16's speed and memory targets, as one README-ready table. The app as a child
/// process first (start to ready and resident memory with Answers__Semantic on and off), then in-process: the
/// lexical answer, the semantic answer with the question's vector cached and not cached, MiniLM's encode alone,
/// and "objective N" with the layer off and on. --in-process-only and --http-only keep one half.
/// </summary>
internal static class Goals16
{
    public static async Task<int> RunAsync(BenchmarkSettings settings, TextWriter output, TextWriter progress)
    {
        var loadAtStart = Machine.LoadAverage();
        var rows = new List<GoalRow>();
        if (settings.OverHttp)
        {
            progress.WriteLine($"Issue 16 goals, the app as a child process: {settings.AppPath ?? AppProcess.BuildOutput} (load average {loadAtStart})");
            var on = await SemanticStartRun.RunAsync(settings, semantic: true, progress);
            var off = await SemanticStartRun.RunAsync(settings, semantic: false, progress);
            rows.AddRange(Goals16Rows.Started(on, off));
        }

        var scope = "";
        if (settings.InProcess)
        {
            progress.WriteLine($"Issue 16 goals, in-process (load average {Machine.LoadAverage()})");
            var figures = SemanticAnswerRun.Run(BenchmarkCorpus.Questions(), settings.Rounds);
            rows.InsertRange(0, Goals16Rows.InProcess(figures));
            scope = $"{figures.LexicalQuestions} evaluation questions, {figures.EncodedQuestions} of them encoded by the model; ";
        }

        output.WriteLine($"Issue 16 goals, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC: {Machine.Describe()}; {scope}" +
            $"1-minute load average {loadAtStart} at start, {Machine.LoadAverage()} at end; app settings {string.Join(" ", settings.AppEnvironment.Append("Answers__Semantic=true, then false"))}. " +
            "Wall clock, then CPU: the measuring thread's (in-process) or the app's, all threads (start to ready).");
        output.WriteLine();
        GoalRow.Write(output, rows, withBefore: false, "goal (issue 16)", "target", "measured", "met", "notes");

        return 0;
    }
}
