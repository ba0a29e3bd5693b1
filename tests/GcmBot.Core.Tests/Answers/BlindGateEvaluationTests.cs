using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The blind gate set (written before this session's tuning). Tuning looks only at the tuning halves
/// (<see cref="Tuning_BothSets"/>); the blind held-out half is the README's headline.
/// </summary>
public sealed class BlindGateEvaluationTests(ITestOutputHelper output)
{
    // The same floors as GateEvaluationTests, fixed before the blind held-out half was first measured.
    private const double OffTopicDeclinedFloor = 0.85;
    private const double WronglyDeclinedCeiling = 0.05;
    private const double ParaphraseTop1Floor = 0.80;

    [Fact]
    public void BlindSet_IsLargeEnoughAndNew()
    {
        var blind = GateQuestions.Load(GateQuestions.Blind);
        var seen = GateQuestions.Load();
        var known = seen.Paraphrases.Select(p => p.Question).Concat(seen.OffTopic)
            .Concat(EvaluationTests.Load().Select(q => q.Question)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(blind.Paraphrases.Count >= 40, $"{blind.Paraphrases.Count} paraphrases");
        Assert.True(blind.OffTopic.Count >= 30, $"{blind.OffTopic.Count} off-topic questions");
        Assert.DoesNotContain(blind.Paraphrases, p => known.Contains(p.Question));
        Assert.DoesNotContain(blind.OffTopic, known.Contains);
    }

    [Fact]
    public void Tuning_BothSets()
    {
        var seen = GateQuestions.Load();
        var blind = GateQuestions.Load(GateQuestions.Blind);
        var score = GateScore.Measure(
            AnswersTestCorpus.SemanticEngine,
            [.. GateQuestions.Half(seen.OffTopic, heldOut: false), .. GateQuestions.Half(blind.OffTopic, heldOut: false)],
            [.. GateQuestions.Half(seen.Paraphrases, heldOut: false), .. GateQuestions.Half(blind.Paraphrases, heldOut: false)],
            GateQuestions.Half(EvaluationTests.Load(), heldOut: false).Select(q => q.Question),
            output);

        output.WriteLine($"tuning halves (old + blind): {score}");
        AssertFloors(score);
    }

    [Fact]
    public void HeldOut_Blind()
    {
        var blind = GateQuestions.Load(GateQuestions.Blind);
        var score = GateScore.Measure(
            AnswersTestCorpus.SemanticEngine,
            GateQuestions.Half(blind.OffTopic, heldOut: true),
            GateQuestions.Half(blind.Paraphrases, heldOut: true),
            [],
            output);

        output.WriteLine($"blind held-out: {score}");
        AssertFloors(score);
    }

    private static void AssertFloors(GateScore score)
    {
        Assert.True(score.DeclinedShare >= OffTopicDeclinedFloor, $"off-topic declined {score.DeclinedShare:P1}");
        Assert.True(score.WrongShare <= WronglyDeclinedCeiling, $"on-topic wrongly declined {score.WrongShare:P1}");
        Assert.True(score.Top1Share >= ParaphraseTop1Floor, $"paraphrase top-1 {score.Top1Share:P1}");
    }
}
