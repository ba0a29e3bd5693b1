using GcmBot.Core.Answers.Query;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Search;

/// <summary>
/// The search keeps only the best hits (a bounded heap, not a sort of every selected passage): on
/// every evaluation question they must be the whole ranking's first ones, in the same order, with
/// ties in corpus order.
/// </summary>
public sealed class SearchOrderTests
{
    [Fact]
    public void Search_BestHits_AreTheWholeRankingsFirst()
    {
        var index = AnswersTestCorpus.Index;
        var position = index.Passages.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var compared = 0;
        foreach (var question in EvaluationTests.Load())
        {
            var query = SearchTerms.For(AnswersTestCorpus.Engine.Parser.Parse(question.Question), index);

            var all = index.Search(query, int.MaxValue);
            var best = index.Search(query, 200);

            for (var i = 1; i < all.Count; i++)
            {
                var (before, after) = (all[i - 1], all[i]);
                Assert.True(before.Score > after.Score || (before.Score == after.Score && position[before.Passage.Id] < position[after.Passage.Id]),
                    $"\"{question.Question}\": {before.Passage.Id} ({before.Score}) before {after.Passage.Id} ({after.Score})");
            }

            Assert.Equal(all.Take(200).Select(h => (h.Passage.Id, h.Score, h.Coverage)), best.Select(h => (h.Passage.Id, h.Score, h.Coverage)));
            compared += all.Count > 200 ? 1 : 0;
        }

        // The bound must have cut some rankings short, or the heap was never used.
        Assert.True(compared > 0, "no evaluation question selects more than 200 passages");
    }
}
