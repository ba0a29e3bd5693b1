using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Answers.Ranking;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// "--profile stages": the lexical answer's stages one by one over the evaluation questions (warm),
/// as CPU µs per question, to see where an answer's time goes. The last row is the whole answer;
/// "composing" is what it spends beyond the stages listed (building quotes and the answer).
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
        void Time(string stage, Action step)
        {
            var start = ThreadCpuClock.Now() ?? 0;
            step();
            cpu[stage] = cpu.GetValueOrDefault(stage) + ((ThreadCpuClock.Now() ?? 0) - start);
        }

        for (var round = 0; round < Rounds + 1; round++)
        {
            if (round == 1)
            {
                cpu.Clear(); // the first round warms up (JIT, kept phrase matches, token caches)
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
                Time("whole answer (engine)", () => app.Engine.Ask(question));
            }
        }

        output.WriteLine("| stage | CPU µs per question |");
        output.WriteLine("|---|---:|");
        foreach (var (stage, ms) in cpu)
        {
            output.WriteLine($"| {stage} | {ms * 1000 / (Rounds * questions.Count):0.0} |");
        }

        return 0;
    }
}
