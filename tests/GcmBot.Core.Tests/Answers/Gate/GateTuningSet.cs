namespace GcmBot.Core.Tests.Answers.Gate;

/// <summary>
/// The questions the decline gate may be tuned on: the tuning halves only (GateQuestions' fixed-seed
/// split) of the seen, the blind, the second, the third and the fourth blind gate sets' off-topic questions and paraphrases,
/// and of the evaluation set. Held-out halves are never read here.
/// </summary>
internal static class GateTuningSet
{
    public static IReadOnlyList<(string Question, bool OnTopic)> Questions()
    {
        var seen = GateQuestions.Load();
        var blind = GateQuestions.Load(GateQuestions.Blind);
        var blind2 = GateQuestions.Load(GateQuestions.Blind2);
        var blind3 = GateQuestions.Load(GateQuestions.Blind3);
        var blind4 = GateQuestions.Load(GateQuestions.Blind4);
        var offTopic = GateQuestions.Half(seen.OffTopic, heldOut: false)
            .Concat(GateQuestions.Half(blind.OffTopic, heldOut: false))
            .Concat(GateQuestions.Half(blind2.OffTopic, heldOut: false))
            .Concat(GateQuestions.Half(blind3.OffTopic, heldOut: false))
            .Concat(GateQuestions.Half(blind4.OffTopic, heldOut: false));
        var onTopic = GateQuestions.Half(seen.Paraphrases, heldOut: false)
            .Concat(GateQuestions.Half(blind.Paraphrases, heldOut: false))
            .Concat(GateQuestions.Half(blind2.Paraphrases, heldOut: false))
            .Concat(GateQuestions.Half(blind3.Paraphrases, heldOut: false))
            .Concat(GateQuestions.Half(blind4.Paraphrases, heldOut: false))
            .Select(p => p.Question)
            .Concat(GateQuestions.Half(EvaluationTests.Load(), heldOut: false).Select(q => q.Question));
        return [.. offTopic.Select(q => (q, false)), .. onTopic.Select(q => (q, true))];
    }
}
