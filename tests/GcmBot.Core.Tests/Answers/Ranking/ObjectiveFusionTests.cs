using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Ranking;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Tests.Answers.Ranking;

public sealed class ObjectiveFusionTests
{
    // Four objectives: 2 is clearly closer in meaning. Mean 0.225, standard deviation 0.0433, so
    // z-scores are -0.58 for 1, 3 and 4 and +1.73 for 2.
    private static readonly Dictionary<int, float> Similarity = new() { [1] = 0.2f, [2] = 0.3f, [3] = 0.2f, [4] = 0.2f };

    [Fact]
    public void Fuse_NearTieInWords_TheCloserMeaningComesFirst()
    {
        // 1: 1.0 + 0.5 × -0.58 = 0.71; 2: 0.95 + 0.5 × 1.73 = 1.82.
        var fused = ObjectiveFusion.Fuse([(1, 2.0), (2, 1.9)], Similarity);

        Assert.Equal([2, 1], fused.Select(r => r.Objective));
    }

    [Fact]
    public void Fuse_OnlyReordersWhatTheWordsFound()
    {
        var fused = ObjectiveFusion.Fuse([(1, 2.0), (4, 1.0)], Similarity);

        Assert.Equal([1, 4], fused.Select(r => r.Objective));
    }

    [Fact]
    public void Fuse_ObjectiveReferredToByNumber_StaysFirst()
    {
        var fused = ObjectiveFusion.Fuse([(1, double.PositiveInfinity), (2, 1.0)], Similarity);

        Assert.Equal([1, 2], fused.Select(r => r.Objective));
    }

    [Fact]
    public void Standout_IsTheClosestObjectivesZScore() =>
        Assert.Equal(1.732, ObjectiveFusion.Standout(Similarity), precision: 3);

    [Fact]
    public void Standout_AllAlikeOrTooFew_IsZero()
    {
        Assert.Equal(0, ObjectiveFusion.Standout(new Dictionary<int, float> { [1] = 0.2f, [2] = 0.2f }));
        Assert.Equal(0, ObjectiveFusion.Standout(new Dictionary<int, float> { [1] = 0.9f }));
    }

    [Fact]
    public void EvidenceRows_AreTheActionsEachObjectiveQuotes()
    {
        var corpus = AnswersTestCorpus.Corpus;
        var resources = new AnswerResources(corpus, AnswersTestCorpus.Index, AnswersTestCorpus.Lexicon, AnswersTestCorpus.Crosswalk);

        var rows = ObjectiveFusion.EvidenceRows(resources);

        // All 23 objectives, each by the actions its answer quotes and nothing else (no title, no Zero
        // Draft text beside the final actions): the final text's actions, or the Zero Draft's for
        // objective 20, whose final actions are not in the corpus (AnswerResources.ActionsByObjective).
        Assert.Equal(Enumerable.Range(1, 23), rows.Keys.Order());
        foreach (var (objective, passages) in rows)
        {
            var expected = resources.ActionsByObjective[objective].Select(p => p.Id).Order(StringComparer.Ordinal);
            Assert.Equal(expected, passages.Select(i => corpus.Passages[i].Id).Order(StringComparer.Ordinal));
            Assert.All(passages, i => Assert.Equal(PassageKind.Action, corpus.Passages[i].Kind));
        }

        Assert.All(rows[20], i => Assert.Equal(DocumentIds.ZeroDraft, corpus.Passages[i].DocumentId));
        Assert.All(rows[13], i => Assert.Equal(DocumentIds.Objectives, corpus.Passages[i].DocumentId));
    }
}
