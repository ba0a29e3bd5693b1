using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Answers.Ranking;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// "--profile stages": the lexical answer's stages one by one over the evaluation questions (warm),
/// as CPU µs and KB allocated per question, to see where an answer's time goes. The last row is the whole answer;
/// "composing" is what it spends beyond the stages listed (building quotes and the answer). Then the
/// ten questions whose whole answer costs most (the tail of the answer's latency), each stage's median
/// CPU for them: medians over the rounds, so one garbage collection landing on a question does not
/// make it look slow.
/// </summary>
internal static class StageProfile
{
    private const int Rounds = 20;
    private const string Whole = "whole answer (engine)";

    public static int Run(AppServices app, TextWriter output)
    {
        var resources = new AnswerResources(app.Corpus, app.Index, app.Get<TopicLexicon>(), app.Get<Crosswalk>());
        var questions = BenchmarkCorpus.Questions();
        var lexicon = app.Get<TopicLexicon>();
        var cpu = new Dictionary<string, double>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);

        // Each question's CPU per stage, one sample per round.
        var samples = new Dictionary<(string Question, string Stage), List<double>>();
        var question = "";
        void Time(string stage, Action step)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpuClock.Now() ?? 0;
            step();
            var spent = (ThreadCpuClock.Now() ?? 0) - start;
            cpu[stage] = cpu.GetValueOrDefault(stage) + spent;
            allocated[stage] = allocated.GetValueOrDefault(stage) + (GC.GetAllocatedBytesForCurrentThread() - bytes);
            if (!samples.TryGetValue((question, stage), out var list))
            {
                samples[(question, stage)] = list = [];
            }

            list.Add(spent);
        }

        for (var round = 0; round < Rounds + 1; round++)
        {
            if (round == 1)
            {
                cpu.Clear(); // the first round warms up (JIT, kept phrase matches, token caches)
                allocated.Clear();
                samples.Clear();
            }

            foreach (var q in questions)
            {
                question = q;
                Time("  of which: lexicon match (whole question)", () => lexicon.Match(q));
                Time("  of which: one split into words", () => Core.Search.Words.Split(q));
                ParsedQuery query = null!;
                Time("parse", () => query = app.Engine.Parser.Parse(q));
                Core.Search.SearchQuery fts = null!;
                Time("search terms", () => fts = SearchTerms.For(query, app.Index));
                IReadOnlyList<Core.Search.SearchHit> hits = null!;
                Time("search", () => hits = app.Index.Search(fts, 200));
                IReadOnlyList<(int, double)> ranking = null!;
                Time("rank objectives", () => ranking = resources.Ranker.Rank(query, hits));
                var scope = SourceScope.For(query.Sources, AnswerLimits.Ask);
                Time("pick sections", () =>
                {
                    _ = new ObjectiveSection(resources, query, AnswerLimits.Ask, scope).Candidates(ranking, hits);
                    _ = new PdSection(resources, query, AnswerLimits.Ask, scope).Candidates(hits);
                    _ = new KenyaSectionPicker(resources, query, AnswerLimits.Ask, scope).Candidates(hits);
                });
                Time("highlights (all hits)", () => app.Index.Highlights(hits.Take(40).Select(h => h.Passage), fts));
                Time(Whole, () => app.Engine.Ask(q));
            }
        }

        output.WriteLine("| stage | CPU µs per question | KB allocated per question |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (stage, ms) in cpu)
        {
            output.WriteLine($"| {stage} | {ms * 1000 / (Rounds * questions.Count):0.0} | {allocated[stage] / 1024.0 / (Rounds * questions.Count):0.0} |");
        }

        double Median(string q, string stage) => Latencies.Of(samples[(q, stage)]).P50 * 1000;
        var whole = Latencies.Of(questions.SelectMany(q => samples[(q, Whole)]));
        output.WriteLine();
        output.WriteLine($"Whole answer over every question and round: CPU p50 {whole.P50 * 1000:0} µs, p99 {whole.P99 * 1000:0} µs (n = {whole.Count:N0}).");
        var stages = cpu.Keys.Where(s => !s.StartsWith(' ')).ToList();
        output.WriteLine();
        output.WriteLine($"| slowest questions (median CPU µs) | {string.Join(" | ", stages)} |");
        output.WriteLine($"|---|{string.Concat(stages.Select(_ => "---:|"))}");
        foreach (var q in questions.OrderByDescending(q => Median(q, Whole)).Take(10))
        {
            output.WriteLine($"| {q} | {string.Join(" | ", stages.Select(s => Median(q, s).ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} |");
        }

        return 0;
    }
}
