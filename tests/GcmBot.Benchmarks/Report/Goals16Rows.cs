using GcmBot.Benchmarks.Http;
using GcmBot.Benchmarks.InProcess;
using GcmBot.Benchmarks.Measure;
using static GcmBot.Benchmarks.Report.BenchmarkReport;

namespace GcmBot.Benchmarks.Report;

/// <summary>The rows of "--profile goals16" (<see cref="Goals16"/>), each against issue 16's target.</summary>
internal static class Goals16Rows
{
    private const string Waits = "wall clock waits for a core (CPU meets it)";

    public static IEnumerable<GoalRow> InProcess(SemanticFigures f)
    {
        yield return Latency($"lexical answer (`Answers:Semantic=false`), {f.LexicalQuestions} evaluation questions", "p99 ≤ 300 µs", f.Lexical,
            p50: double.PositiveInfinity, p99: 0.300, "the whole `Engine.Ask`");
        yield return Latency("semantic on, question not cached (whole `Engine.Ask`, a cache miss each time)", "p50 ≤ 15 ms, p99 ≤ 30 ms", f.NotCached,
            p50: 15, p99: 30, $"{f.EncodedQuestions} questions the model encodes, in turn through a query-vector cache of 1; encode alone is the next row");
        yield return new GoalRow("MiniLM alone: encode one question", "— (inside the row above)", Both(f.Encode), null,
            "`MiniLmModel.Encode`, one intra-op thread");
        yield return Latency("semantic on, question cached", "p99 ≤ 300 µs", f.Cached, p50: double.PositiveInfinity, p99: 0.300,
            $"the same {f.EncodedQuestions} questions, their vectors in the cache: lexical answer plus similarity, gate and fusion");
        yield return new GoalRow("`/objective N` unaffected (router: parse, handler, first page; N = 1..23)", "never uses the model",
            $"semantic on {Micros(f.ObjectiveOn.Wall.P99)} µs p99 (CPU {Micros(f.ObjectiveOn.Cpu.P99)}); off {Micros(f.ObjectiveOff.Wall.P99)} µs (CPU {Micros(f.ObjectiveOff.Cpu.P99)})",
            f.ObjectiveEncoded == 0, $"{f.ObjectiveEncoded} question vectors encoded while routing it with the model loaded");
    }

    public static IEnumerable<GoalRow> Started(IReadOnlyList<Launch> on, IReadOnlyList<Launch> off)
    {
        var readyOn = Median(on, l => l.Ready.TotalMilliseconds);
        var after = on.Select(l => l.ModelLoaded!.Value.TotalMilliseconds - l.Ready.TotalMilliseconds).ToList();
        var began = on.Select((l, i) => after[i] - (l.LoadTook ?? double.NaN)).ToList();
        yield return new GoalRow("start to ready, `Answers:Semantic=true` (`dotnet GcmBot.dll` → `/readyz` 200), median", "≤ 1 s",
            $"{Number(readyOn)} ms (CPU {Number(Median(on, l => l.Cpu.TotalMilliseconds))} ms)", readyOn <= 1000,
            $"{Launches(on)}: {Join(on, l => l.Ready.TotalMilliseconds)} ms; \"{SemanticStartRun.ModelLoaded} N ms\" logged at {Join(on, l => l.ModelLoaded!.Value.TotalMilliseconds)} ms, " +
            $"i.e. {ToReady(after)}; the load itself took {Join(on, l => l.LoadTook ?? double.NaN)} ms, so it began {ToReady(began)}");
        var readyOff = Median(off, l => l.Ready.TotalMilliseconds);
        yield return new GoalRow("start to ready, `Answers:Semantic=false`, median", "— (issue 19: ≤ 400 ms)",
            $"{Number(readyOff)} ms (CPU {Number(Median(off, l => l.Cpu.TotalMilliseconds))} ms)", null, $"{Launches(off)}: {Join(off, l => l.Ready.TotalMilliseconds)} ms");
        yield return Memory("resident memory after start, `Answers:Semantic=true` (once the model has loaded)", 400, on, "code, libraries and the model");
        yield return Memory("resident memory after start, `Answers:Semantic=false` (at ready)", 120, off, "code and libraries");
    }

    private static GoalRow Latency(string name, string target, Timing t, double p50, double p99, string notes)
    {
        var met = t.Wall.P50 <= p50 && t.Wall.P99 <= p99;
        var cpuMet = t.Cpu.P50 <= p50 && t.Cpu.P99 <= p99;
        return new GoalRow(name, target, Both(t), met, !met && cpuMet ? $"{Waits}; {notes}" : notes);
    }

    // p50 / p99 wall, then CPU; microseconds under 1 ms, else milliseconds.
    private static string Both(Timing t) => t.Wall.P99 < 1
        ? $"p50 {Micros(t.Wall.P50)} / p99 {Micros(t.Wall.P99)} µs (CPU {Micros(t.Cpu.P50)} / {Micros(t.Cpu.P99)}), n = {t.Wall.Count:N0}"
        : $"p50 {Millis(t.Wall.P50)} / p99 {Millis(t.Wall.P99)} ms (CPU {Millis(t.Cpu.P50)} / {Millis(t.Cpu.P99)}), n = {t.Wall.Count:N0}";

    private static GoalRow Memory(string name, double targetMb, IReadOnlyList<Launch> launches, string files)
    {
        var rss = Median(launches, l => l.Memory?.Rss ?? double.NaN);
        var last = launches[^1].Memory;
        return new GoalRow(name, $"≤ {Number(targetMb)} MB", $"{Number(rss)} MB (median VmRSS)", rss <= targetMb,
            $"{Launches(launches)}: {Join(launches, l => l.Memory?.Rss ?? double.NaN)} MB" +
            (last is null ? "" : $"; the last: {Number(last.Anonymous)} MB heaps and stacks, {Number(last.Files)} MB file-backed ({files})"));
    }

    // "196, 171 ms after ready", "887, 935 ms before ready", or signed where the launches differ.
    private static string ToReady(IReadOnlyList<double> relative) =>
        relative.All(r => r >= 0) ? $"{string.Join(", ", relative.Select(r => Number(r)))} ms after ready"
        : relative.All(r => r <= 0) ? $"{string.Join(", ", relative.Select(r => Number(-r)))} ms before ready"
        : $"at {string.Join(", ", relative.Select(r => Number(r)))} ms from ready (negative: before)";

    private static string Launches(IReadOnlyList<Launch> launches) => launches.Count == 1 ? "1 launch" : $"{launches.Count} launches";

    private static double Median(IReadOnlyList<Launch> launches, Func<Launch, double> value) => Measure.Median.Of(launches.Select(value));

    private static string Join(IReadOnlyList<Launch> launches, Func<Launch, double> value) =>
        string.Join(", ", launches.Select(l => Number(value(l))));
}
