using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// What every blind gate set's tests check: that the set is large enough, well formed and new against the evaluation
/// set and every gate set listed before it in <see cref="GateQuestions.Files"/>; and its held-out half against the
/// set's own floors. Nothing here reads a tuning half.
/// </summary>
internal sealed class BlindGateSet(string file, GateFloors floors, ITestOutputHelper output)
{
    private const int Objectives = 23;

    public void AssertLargeEnoughAndNew(int minParaphrases, int minOffTopic, int minPerObjective)
    {
        var set = GateQuestions.Load(file);
        var known = GateQuestions.KnownBefore(file);

        Assert.True(set.Paraphrases.Count >= minParaphrases, $"{set.Paraphrases.Count} paraphrases");
        Assert.True(set.OffTopic.Count >= minOffTopic, $"{set.OffTopic.Count} off-topic questions");
        if (minPerObjective > 0)
        {
            Assert.All(
                Enumerable.Range(1, Objectives),
                n => Assert.True(
                    set.Paraphrases.Count(p => p.Objectives is [var first, ..] && first == n) >= minPerObjective,
                    $"objective {n} has fewer than {minPerObjective} paraphrases"));
        }

        Assert.All(set.Paraphrases, p => Assert.NotEmpty(p.Objectives));
        Assert.All(set.Paraphrases, p => Assert.All(p.Objectives, n => Assert.InRange(n, 1, Objectives)));
        Assert.All(set.Paraphrases, p => Assert.Equal(p.Objectives.Count, p.Objectives.Distinct().Count()));
        Assert.DoesNotContain(set.Paraphrases, p => known.Contains(p.Question));
        Assert.DoesNotContain(set.OffTopic, known.Contains);
        var own = set.Paraphrases.Select(p => p.Question).Concat(set.OffTopic).ToList();
        Assert.Equal(own.Count, own.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    public void AssertHeldOutHoldsFloors(string label)
    {
        var set = GateQuestions.Load(file);
        var score = GateScore.Measure(
            AnswersTestCorpus.SemanticEngine,
            GateQuestions.Half(set.OffTopic, heldOut: true),
            GateQuestions.Half(set.Paraphrases, heldOut: true),
            [],
            output);

        output.WriteLine($"{label} held-out: {score}");
        floors.AssertHeldBy(score);
    }
}
