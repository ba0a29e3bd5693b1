using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Answers.Gate;

/// <summary>
/// The gate's vector arithmetic (coarse bounds, then the rows they cannot rule out; <see cref="VectorTable"/>) against a
/// plain computation written here, over the tuning questions only (GateTuningSet; no held-out half is read): every
/// cosine summed in double, every passage and anchor sorted. The features agree to float precision and no decision
/// moves: answered, close but weak, or declined.
/// </summary>
public sealed class GateArithmeticTests
{
    [Fact]
    public void Evidence_OverTheTuningQuestions_MatchesAPlainSweepAndDecidesTheSame()
    {
        var semantic = AnswersTestCorpus.Semantic;
        var engine = AnswersTestCorpus.SemanticEngine;
        var asked = 0;
        foreach (var (question, _) in GateTuningSet.Questions())
        {
            var evidence = engine.Evidence(question);
            if (evidence is null)
            {
                continue;
            }

            asked++;
            var vector = semantic.Encode(question)!;
            var passages = semantic.Passages.Vectors.Select(v => Plain(vector, v)).OrderDescending().ToList();
            var plain = evidence with
            {
                TopMean = passages.Take(SimilarityProfile.TopCount).Average(),
                Best = passages[0],
                Lead = NearestFive(vector, semantic.Anchors.Everyday) - NearestFive(vector, semantic.Anchors.Topic),
            };

            Assert.Equal(plain.TopMean, evidence.TopMean, 1e-5);
            Assert.Equal(plain.Best, evidence.Best, 1e-5);
            Assert.Equal(plain.Lead, evidence.Lead, 1e-5);
            Assert.True(Band(plain) == Band(evidence), $"\"{question}\": {Band(evidence)} against {Band(plain)} from the plain sweep");
        }

        Assert.True(asked > 300, $"only {asked} tuning questions reached the gate");
    }

    // What DeclineGate.Judge reads from the evidence: the model's side of each threshold, or the weak floor.
    private static string Band(GateEvidence e) => e.Found
        ? (GateModel.OnTopic(e) >= GateModel.Threshold ? "answered" : GateModel.OnTopic(e) >= GateModel.WeakFrom ? "weak" : "declined")
        : (e.Best >= DeclineGate.WeakFloor ? "weak if offered" : "declined");

    private static double NearestFive(float[] question, IReadOnlyList<float[]> anchors) =>
        anchors.Select(a => Plain(question, a)).OrderDescending().Take(5).Average();

    private static double Plain(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (double)a[i] * b[i];
        }

        return sum;
    }
}
