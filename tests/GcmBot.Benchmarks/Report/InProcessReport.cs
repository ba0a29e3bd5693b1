using GcmBot.Benchmarks.InProcess;
using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Tests.Answers;
using static GcmBot.Benchmarks.Report.BenchmarkReport;

namespace GcmBot.Benchmarks.Report;

/// <summary>The in-process figures: targets, latency side by side, answer quality side by side.</summary>
internal static class InProcessReport
{
    private const double DiscordObjectiveTargetMs = 0.030;
    private const double TeamsObjectiveTargetMs = 0.060;
    private const double AnswerTargetMs = 1;

    public static void Add(BenchmarkReport report, LoadFigures load, ObjectiveFigures objective, AnswerFigures answers, SearchFigures search, SignatureFigures signature)
    {
        var start = report.Table("**Start-up work, in-process** (ms; cold = the first time in a fresh process, as at the app's start)",
            "measurement", "cold", "warm n", "warm p50", "warm max");
        start.Row("corpus load (read, parse, errata, checks)", Millis(load.ColdLoadMs), Number(load.Load.Count), Millis(load.Load.P50), Millis(load.Load.Max));
        start.Row("index build (Lucene index in memory)", Millis(load.ColdBuildMs), Number(load.Build.Count), Millis(load.Build.P50), Millis(load.Build.Max));

        Target(report, "`/objective N` route + render, Discord, p99", "≤ 30 µs", objective.RouteDiscord, DiscordObjectiveTargetMs,
            $"router {Micros(objective.RouteOnly.Cpu.P99)} µs + embeds and JSON {Micros(objective.DiscordOnly.Cpu.P99)} µs (CPU p99 each)");
        Target(report, "`/objective N` route + render, Teams card, p99", "≤ 60 µs", objective.RouteTeams, TeamsObjectiveTargetMs,
            $"router {Micros(objective.RouteOnly.Cpu.P99)} µs + card and JSON {Micros(objective.TeamsOnly.Cpu.P99)} µs (CPU p99 each)");
        Target(report, "answer p99, evaluation questions, 1 thread", "< 1 ms", answers.Ask, AnswerTargetMs,
            "search stage (Lucene BM25 × coverage), objective ranking, quoting and highlights: see the side-by-side table");

        var latency = report.Table("**In-process latency** (µs, one thread, warmed up; wall clock, and the thread's CPU time for the same calls)",
            "measurement", "n", "p50", "p99", "max", "CPU p50", "CPU p99");
        Row(latency, "`objective N` (1–23): router only", objective.RouteOnly);
        Row(latency, $"… Discord embeds + interaction JSON only (≤ {objective.DiscordMessages} message)", objective.DiscordOnly);
        Row(latency, $"… Teams Adaptive Card + activity JSON only (≤ {objective.TeamsCards} card)", objective.TeamsOnly);
        Row(latency, "`objective N`: router + Discord render", objective.RouteDiscord);
        Row(latency, "`objective N`: router + Teams render", objective.RouteTeams);
        Row(latency, "… router + Discord render kept, JSON serialized per request (before the JSON was kept)", objective.RouteDiscordKept);
        Row(latency, "… router + Teams card kept, activity JSON serialized per request (before)", objective.RouteTeamsKept);
        Row(latency, "… router + Discord render afresh every time (before the rendered replies were kept)", objective.RouteDiscordFresh);
        Row(latency, "… router + Teams card afresh every time (before)", objective.RouteTeamsFresh);
        Row(latency, "Ed25519 signature check of one interaction (NSec, libsodium: the app's)", signature.NSec);
        Row(latency, "… the same check with Portable.BouncyCastle (before NSec)", signature.BouncyCastle);
        Row(latency, "answer (`AnswerEngine.Ask`)", answers.Ask);
        latency.Row($"answer, 2 threads at once ({Number(answers.TwoThreadAsksPerSecond)} answers/s)", Number(answers.AskTwoThreads.Count),
            Micros(answers.AskTwoThreads.P50), Micros(answers.AskTwoThreads.P99), Micros(answers.AskTwoThreads.Max), "", "");
        Row(latency, "question through the router + Discord render", answers.AskRoutedDiscord);
        Row(latency, "question through the router + Teams render", answers.AskRoutedTeams);

        var side = report.Table($"**Search side by side** (µs; the same questions, the same {search.Terms:0.0} search terms per question on average)",
            "measurement", "n", "p50", "p99", "max", "CPU p50", "CPU p99");
        Row(side, "answer pipeline, whole (parse, search, rank objectives, quote, highlight)", answers.Ask);
        Row(side, $"… its search stage: Lucene BM25 per field × coverage, best {Baselines.Limit}", search.PipelineSearch);
        Row(side, $"raw Lucene: one BooleanQuery, BM25 with field weights, top {Baselines.Limit}", search.RawLucene);
        Row(side, "naive scan: count each term in every passage (lowercased once)", search.NaiveScan);
        Row(side, "answer, lexical + semantic (gate and fusion; question vector cached)", search.SemanticAsk);
        Row(side, "MiniLM alone: encode one question (not cached)", search.MiniLmEncode);
        Row(side, "MiniLM alone: nearest of the passage vectors (one scan)", search.MiniLmNearest);
        side.Row("old figures, SQLite FTS5 engine, run of 2026-11-22: answer pipeline, whole", "5,000", "349", "2,140", "7,545", "350", "1,000");
        side.Row("old figures, 2026-11-22: search stage, FTS5 MATCH + managed bm25 × coverage", "5,000", "143", "451", "3,538", "144", "425");

        var quality = report.Table("**Answer quality side by side** (evaluation questions; a baseline's objectives, paragraphs and sections are read off its hits in order)",
            "method", "top-1 objective", "top-3 objective", "PD recall@5", "Kenya top-1");
        Quality(quality, "answer pipeline", search.Pipeline);
        Quality(quality, "raw Lucene BM25", search.RawQuality);
        Quality(quality, "naive scan", search.NaiveQuality);
        Quality(quality, "answer pipeline, lexical + semantic", search.FusedQuality);
        Quality(quality, "MiniLM alone (passages by cosine)", search.MiniLmQuality);

        report.Note($"Garbage collection during the 1-thread answers: {answers.GarbageCollection}. " +
            $"The Lucene index is {search.IndexBytes / 1048576.0:0.0} MB in memory; one reader and one searcher serve every thread.");
    }

    private static void Target(BenchmarkReport report, string name, string goal, Timing timing, double targetMs, string why)
    {
        var unit = targetMs < 1 ? " µs" : " ms";
        string Show(double ms) => targetMs < 1 ? Micros(ms) : Millis(ms);
        report.Target(name, goal, $"{Show(timing.Wall.P99)}{unit} (CPU {Show(timing.Cpu.P99)}{unit})", timing.Wall.P99 < targetMs,
            timing.Wall.P99 >= targetMs && timing.Cpu.P99 < targetMs ? $"wall clock waits for a core (CPU p99 meets it); {why}" : why);
    }

    private static void Row(Table table, string name, Timing t) =>
        table.Row(name, Number(t.Wall.Count), Micros(t.Wall.P50), Micros(t.Wall.P99), Micros(t.Wall.Max), Micros(t.Cpu.P50), Micros(t.Cpu.P99));

    private static void Quality(Table table, string name, EvaluationScore q) =>
        table.Row(name, Number(q.Top1, "P1"), Number(q.Top3, "P1"), Number(q.PdRecall, "P1"), Number(q.KenyaTop1, "P1"));
}
