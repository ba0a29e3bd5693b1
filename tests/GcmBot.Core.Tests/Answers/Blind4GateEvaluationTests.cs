using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The fourth blind gate set, written from the source documents by an independent helper who did not read the
/// gate, ranking, query, lexicon or semantic code, the other question files, nor any of the gate's output. No
/// tuning may look at its held-out half: only that half is measured (<see cref="HeldOut_Blind4"/>), and nothing
/// here measures the tuning half.
/// </summary>
public sealed class Blind4GateEvaluationTests(ITestOutputHelper output)
{
    // Sanity floors set on 2026-12-04 when the set was written, BEFORE its first measurement: they say the
    // gate beats a coin on unseen off-topic questions and paraphrases and keeps wrongly declined questions
    // rare. They are not the targets (off-topic declined >= 95 %, wrongly declined <= 1 %,
    // paraphrase top-1 >= 95 %); the README reports the measured figures against those targets.
    private const double OffTopicDeclinedFloor = 0.5;
    private const double WronglyDeclinedCeiling = 0.08;
    private const double ParaphraseTop1Floor = 0.5;

    [Fact]
    public void Blind4Set_IsLargeEnoughAndNew()
    {
        var blind4 = GateQuestions.Load(GateQuestions.Blind4);
        var others = new[] { GateQuestions.Seen, GateQuestions.Blind, GateQuestions.Blind2, GateQuestions.Blind3 }
            .Select(file => GateQuestions.Load(file)).ToList();
        var known = others.SelectMany(set => set.Paraphrases.Select(p => p.Question).Concat(set.OffTopic))
            .Concat(EvaluationTests.Load().Select(q => q.Question))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // The brief for this set asks for five paraphrases per objective (115) and at least 100 off-topic
        // questions, beyond issue 16 item 5's minimum of 60 and 50.
        Assert.True(blind4.Paraphrases.Count >= 115, $"{blind4.Paraphrases.Count} paraphrases");
        Assert.True(blind4.OffTopic.Count >= 100, $"{blind4.OffTopic.Count} off-topic questions");
        Assert.All(
            Enumerable.Range(1, 23),
            n => Assert.True(blind4.Paraphrases.Count(p => p.Objectives[0] == n) >= 5, $"objective {n} has fewer than five paraphrases"));
        Assert.All(blind4.Paraphrases, p => Assert.All(p.Objectives, n => Assert.InRange(n, 1, 23)));
        Assert.All(blind4.Paraphrases, p => Assert.Equal(p.Objectives.Count, p.Objectives.Distinct().Count()));
        Assert.DoesNotContain(blind4.Paraphrases, p => known.Contains(p.Question));
        Assert.DoesNotContain(blind4.OffTopic, known.Contains);
        var own = blind4.Paraphrases.Select(p => p.Question).Concat(blind4.OffTopic).ToList();
        Assert.Equal(own.Count, own.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void HeldOut_Blind4()
    {
        var blind4 = GateQuestions.Load(GateQuestions.Blind4);
        var score = GateScore.Measure(
            AnswersTestCorpus.SemanticEngine,
            GateQuestions.Half(blind4.OffTopic, heldOut: true),
            GateQuestions.Half(blind4.Paraphrases, heldOut: true),
            [],
            output);

        output.WriteLine($"blind4 held-out: {score}");
        Assert.True(score.DeclinedShare >= OffTopicDeclinedFloor, $"off-topic declined {score.DeclinedShare:P1}");
        Assert.True(score.WrongShare <= WronglyDeclinedCeiling, $"on-topic wrongly declined {score.WrongShare:P1}");
        Assert.True(score.Top1Share >= ParaphraseTop1Floor, $"paraphrase top-1 {score.Top1Share:P1}");
    }
}
