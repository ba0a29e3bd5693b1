using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The third blind gate set, written from the source documents by an independent helper who did not read the
/// gate, ranking, semantic or composing code, nor any of the gate's test output. No tuning may look at its
/// held-out half: only that half is measured (<see cref="HeldOut_Blind3"/>), and nothing here measures the
/// tuning half.
/// </summary>
public sealed class Blind3GateEvaluationTests(ITestOutputHelper output)
{
    // Sanity floors set on 2026-12-04 when the set was written, BEFORE its first measurement: they say the
    // gate beats a coin on unseen off-topic questions and paraphrases and keeps wrongly declined questions
    // rare. They are not the targets (off-topic declined >= 95 %, wrongly declined <= 1 %,
    // paraphrase top-1 >= 95 %); the README reports the measured figures against those targets.
    private static readonly GateFloors Floors = new(OffTopicDeclined: 0.5, WronglyDeclinedCeiling: 0.05, ParaphraseTop1: 0.5);

    private readonly BlindGateSet blind3 = new(GateQuestions.Blind3, Floors, output);

    // The brief for this set asks for four paraphrases per objective (92) and at least 80 off-topic
    // questions, beyond issue 16 item 5's minimum of 60 and 50.
    [Fact]
    public void Blind3Set_IsLargeEnoughAndNew() =>
        blind3.AssertLargeEnoughAndNew(minParaphrases: 92, minOffTopic: 80, minPerObjective: 4);

    [Fact]
    public void HeldOut_Blind3() => blind3.AssertHeldOutHoldsFloors("blind3");
}
