using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The decline gate and the semantic layer on the held-out halves (GateQuestions' fixed-seed split,
/// made before tuning): everyday paraphrases and the evaluation set must be answered, off-topic
/// questions declined. Prints every miss and the figures the README reports.
/// </summary>
public sealed class GateEvaluationTests(ITestOutputHelper output)
{
    // Floors under the targets (declined ≥ 95 %, wrongly declined ≤ 1 %, paraphrase top-1 ≥ 95 %):
    // the README reports the measured figures against those targets.
    private static readonly GateFloors Floors = new(OffTopicDeclined: 0.85, WronglyDeclinedCeiling: 0.05, ParaphraseTop1: 0.80);

    [Fact]
    public void GateSets_AreLargeEnoughAndDistinct()
    {
        var gate = GateQuestions.Load();
        var evaluation = EvaluationTests.Load().Select(q => q.Question).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(gate.Paraphrases.Count >= 60, $"{gate.Paraphrases.Count} paraphrases");
        Assert.True(gate.OffTopic.Count >= 50, $"{gate.OffTopic.Count} off-topic questions");
        Assert.DoesNotContain(gate.Paraphrases, p => evaluation.Contains(p.Question));
        Assert.Equal(gate.Paraphrases.Count + gate.OffTopic.Count,
            gate.Paraphrases.Select(p => p.Question).Concat(gate.OffTopic).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Split_IsFixedAndCoversEveryQuestionOnce()
    {
        var items = Enumerable.Range(0, 53).ToList();

        var tuning = GateQuestions.Half(items, heldOut: false);
        var heldOut = GateQuestions.Half(items, heldOut: true);

        Assert.Equal(items, tuning.Concat(heldOut).Order());
        Assert.Equal(tuning, GateQuestions.Half(items, heldOut: false));
    }

    [Fact]
    public void Files_ListEveryGateSetOnce()
    {
        // Every gate-questions*.json copied next to the tests must be in the one list that the tuning set, the
        // aggregates and the novelty checks read; a set left out of it would be silently left out of all three.
        var onDisk = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Answers"), "gate-questions*.json")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, GateQuestions.Files.Order(StringComparer.Ordinal));
        Assert.Equal(GateQuestions.Seen, GateQuestions.Files[0]);
    }

    [Fact]
    public void KnownBefore_IsTheEvaluationSetAndTheEarlierGateSets()
    {
        // The seen set was written first, so only the evaluation set comes before it; each later set must also be
        // new against every set written before it.
        var evaluation = EvaluationTests.Load().Select(q => q.Question).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = GateQuestions.Load();

        Assert.Equal(evaluation, GateQuestions.KnownBefore(GateQuestions.Seen));
        Assert.Superset(seen.OffTopic.ToHashSet(StringComparer.OrdinalIgnoreCase), GateQuestions.KnownBefore(GateQuestions.Blind));
        Assert.DoesNotContain(seen.OffTopic[0], GateQuestions.KnownBefore(GateQuestions.Seen));
        Assert.ProperSubset(GateQuestions.KnownBefore(GateQuestions.Blind3), GateQuestions.KnownBefore(GateQuestions.Blind2));
        Assert.Throws<ArgumentException>(() => GateQuestions.KnownBefore("gate-questions-unlisted.json"));
    }

    [Fact]
    public void HeldOut_OffTopicDeclined_OnTopicAnswered()
    {
        var gate = GateQuestions.Load();
        var score = GateScore.Measure(
            AnswersTestCorpus.SemanticEngine,
            GateQuestions.Half(gate.OffTopic, heldOut: true),
            GateQuestions.Half(gate.Paraphrases, heldOut: true),
            GateQuestions.Half(EvaluationTests.Load(), heldOut: true).Select(q => q.Question),
            output);

        output.WriteLine($"held-out (seen last session): {score}");
        Floors.AssertHeldBy(score);
    }

    [Fact]
    public void HeldOut_EvaluationSet_WithSemanticsOn_MeetsTheTargets()
    {
        var score = new EvaluationScore();
        foreach (var question in GateQuestions.Half(EvaluationTests.Load(), heldOut: true))
        {
            var miss = score.Add(question, AnswersTestCorpus.SemanticEngine.Ask(question.Question));
            if (miss.Length > 0)
            {
                output.WriteLine(miss);
            }
        }

        output.WriteLine("held-out evaluation, semantic on: " + score.Summary());
        Assert.True(score.Top1 >= 0.90, $"top-1 {score.Top1:P1}");
        Assert.True(score.Top3 >= 0.98, $"top-3 {score.Top3:P1}");
    }
}
