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
/// ten questions whose whole answer costs most (the tail of the answer's latency).
/// </summary>
internal static class StageProfile
{
    private const int Rounds = 20;

    public static int Run(AppServices app, TextWriter output)
    {
        var resources = new AnswerResources(app.Corpus, app.Index, app.Get<TopicLexicon>(), app.Get<Crosswalk>());
        var questions = BenchmarkCorpus.Questions();
        var lexicon = app.Get<TopicLexicon>();
        var cpu = new Dictionary<string, double>(StringComparer.Ordinal);
        var perQuestion = new Dictionary<string, double>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        void Time(string stage, Action step)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpuClock.Now() ?? 0;
            step();
            cpu[stage] = cpu.GetValueOrDefault(stage) + ((ThreadCpuClock.Now() ?? 0) - start);
            allocated[stage] = allocated.GetValueOrDefault(stage) + (GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        for (var round = 0; round < Rounds + 1; round++)
        {
            if (round == 1)
            {
                cpu.Clear(); // the first round warms up (JIT, kept phrase matches, token caches)
                allocated.Clear();
                perQuestion.Clear();
            }

            foreach (var question in questions)
            {
                Time("  of which: lexicon match (whole question)", () => lexicon.Match(question));
                Time("  of which: one split into words", () => Core.Search.Words.Split(question));
                ParsedQuery query = null!;
                Time("parse", () => query = app.Engine.Parser.Parse(question));
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
                var before = cpu.GetValueOrDefault("whole answer (engine)");
                Time("whole answer (engine)", () => app.Engine.Ask(question));
                perQuestion[question] = perQuestion.GetValueOrDefault(question) + (cpu["whole answer (engine)"] - before);
            }
        }

        output.WriteLine("| stage | CPU µs per question | KB allocated per question |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (stage, ms) in cpu)
        {
            output.WriteLine($"| {stage} | {ms * 1000 / (Rounds * questions.Count):0.0} | {allocated[stage] / 1024.0 / (Rounds * questions.Count):0.0} |");
        }

        output.WriteLine();
        output.WriteLine("| slowest questions (whole answer) | CPU µs |");
        output.WriteLine("|---|---:|");
        foreach (var (question, ms) in perQuestion.OrderByDescending(q => q.Value).Take(10))
        {
            output.WriteLine($"| {question} | {ms * 1000 / Rounds:0.0} |");
        }

        return 0;
    }
}
