namespace GcmBot.Core.Tests.Answers.Gate;

/// <summary>
/// The questions the decline gate may be tuned on: the tuning halves only (GateQuestions' fixed-seed
/// split) of every tuned gate set's off-topic questions and paraphrases (<see cref="GateQuestions.TunedFiles"/>), and of the
/// evaluation set. Held-out halves are never read here.
/// </summary>
internal static class GateTuningSet
{
    public static IReadOnlyList<(string Question, bool OnTopic)> Questions()
    {
        var sets = GateQuestions.TunedFiles.Select(GateQuestions.Load).ToList();
        var offTopic = sets.SelectMany(set => GateQuestions.Half(set.OffTopic, heldOut: false));
        var onTopic = sets.SelectMany(set => GateQuestions.Half(set.Paraphrases, heldOut: false))
            .Select(p => p.Question)
            .Concat(GateQuestions.Half(EvaluationTests.Load(), heldOut: false).Select(q => q.Question));
        return [.. offTopic.Select(q => (q, false)), .. onTopic.Select(q => (q, true))];
    }
}
