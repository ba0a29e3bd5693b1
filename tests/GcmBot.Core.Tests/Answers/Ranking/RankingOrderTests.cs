using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Answers.Ranking;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Answers.Ranking;

/// <summary>
/// The objective ranking and the Kenya sections are built with loops and insertion sorts instead of
/// LINQ's GroupBy and OrderByDescending. On every evaluation question they must come out exactly as
/// those LINQ chains (written out below as they stood) order them, ties included.
/// </summary>
public sealed class RankingOrderTests
{
    private static readonly AnswerResources Resources = new(AnswersTestCorpus.Corpus, AnswersTestCorpus.Index, AnswersTestCorpus.Lexicon, AnswersTestCorpus.Crosswalk);

    [Fact]
    public void Rank_EveryEvaluationQuestion_OrdersAsByScoreThenNumber()
    {
        foreach (var (question, query, hits) in Searched())
        {
            var ranking = Resources.Ranker.Rank(query, hits);

            // Referred objectives first, then by score (highest first), equal scores by number.
            var referenced = query.Objectives.Select(r => r.Number).Distinct().Count();
            var expected = ranking.Take(referenced).Concat(ranking.Skip(referenced).OrderByDescending(r => r.Score).ThenBy(r => r.Objective));
            Assert.True(expected.SequenceEqual(ranking), question);
            Assert.Equal(ranking.Count, ranking.Select(r => r.Objective).Distinct().Count());
        }
    }

    [Fact]
    public void KenyaCandidates_EveryEvaluationQuestion_AsTheGroupByOrder()
    {
        var limits = AnswerLimits.Where;
        foreach (var (_, query, hits) in Searched())
        {
            var scope = SourceScope.For(query.Sources, limits);
            var named = query.KenyaSections.Select(AnswersTestCorpus.Corpus.KenyaPosition.Section).OfType<KenyaSection>().Count();

            var picked = new KenyaSectionPicker(Resources, query, limits, scope).Candidates(hits).Skip(named);

            Assert.Equal(scope.Kenya ? Reference(hits, query, limits, named) : [], picked.Select(c => (KenyaMap.Key(c.Section), string.Join(' ', c.Items.Select(p => p.Id)))));
        }
    }

    // The LINQ the picker used before, for the sections the question does not name.
    private static IEnumerable<(string Key, string Items)> Reference(IReadOnlyList<SearchHit> hits, ParsedQuery query, AnswerLimits limits, int named)
    {
        var names = query.KenyaSections.Select(AnswersTestCorpus.Corpus.KenyaPosition.Section).OfType<KenyaSection>().Select(KenyaMap.Key).ToHashSet(StringComparer.Ordinal);
        double[] decay = [1.0, 0.5, 0.25];
        return hits
            .Where(h => h.Passage.DocumentId == DocumentIds.KenyaPosition)
            .Select(h => (Hit: h, Section: Resources.Kenya.SectionOf(h.Passage.Id)))
            .Where(x => x.Section is not null && !names.Contains(KenyaMap.Key(x.Section)))
            .GroupBy(x => KenyaMap.Key(x.Section!))
            .Select(g => (
                Key: g.Key,
                Score: g.Select(x => x.Hit.Score).OrderDescending().Take(decay.Length).Select((s, i) => s * decay[i]).Sum(),
                Items: string.Join(' ', g.OrderByDescending(x => x.Hit.Score).Select(x => x.Hit.Passage.Id).Take(limits.ItemsPerKenyaSection))))
            .OrderByDescending(s => s.Score)
            .Take(Math.Max(0, limits.KenyaSections - named))
            .Select(s => (s.Key, s.Items));
    }

    private static IEnumerable<(string Question, ParsedQuery Query, IReadOnlyList<SearchHit> Hits)> Searched()
    {
        foreach (var question in EvaluationTests.Load())
        {
            var query = AnswersTestCorpus.Engine.Parser.Parse(question.Question);
            yield return (question.Question, query, AnswersTestCorpus.Index.Search(SearchTerms.For(query, AnswersTestCorpus.Index), 200));
        }
    }
}
