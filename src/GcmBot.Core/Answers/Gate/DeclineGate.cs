using GcmBot.Core.Answers.Query;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// Decides whether a free-text question is about the corpus. References ("objective 13", "PD 67"),
/// titles and short names typed alone, and questions made only of lexicon phrases ("remittances",
/// "detention") are always on-topic and never reach it. Otherwise a question is answered only when the
/// lexical answer has something to quote and <see cref="GateModel"/> (semantic closeness to the corpus,
/// to the passages to be quoted and to the passages that use its rarest corpus word, and how much closer it is to
/// everyday sentences than to the documents' topics in everyday words) judges it on-topic. Below that, or with nothing
/// to quote, it is close but weak (the closest objectives, no quotes) or declined.
/// </summary>
internal static class DeclineGate
{
    /// <summary>With nothing to quote: below this best passage similarity nothing is offered.</summary>
    public const float WeakFloor = 0.22f;

    public static GateVerdict Judge(Answer lexical, GateEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(evidence);
        var offered = lexical.RankedObjectives.Count > 0 || lexical.ClosestObjectives.Count > 0;
        if (!evidence.Found)
        {
            return evidence.Best >= WeakFloor && offered ? GateVerdict.Weak : GateVerdict.Declined;
        }

        var onTopic = GateModel.OnTopic(evidence);
        if (onTopic >= GateModel.Threshold)
        {
            return GateVerdict.Answered;
        }

        return onTopic >= GateModel.WeakFrom && offered ? GateVerdict.Weak : GateVerdict.Declined;
    }

    /// <summary>
    /// A reference; an objective's short name or title typed on its own; or nothing but words of the
    /// lexicon's phrases ("remittances", "detention").
    /// </summary>
    public static bool AlwaysOnTopic(AnswerResources resources, ParsedQuery query)
    {
        if (query.HasReferences || IsTitle(resources, query.Topic))
        {
            return true;
        }

        var topics = query.Topics.Where(t => !t.IsSynonym).ToList();
        return topics.Count > 0
            && query.Words.All(w => topics.Any(t => t.Phrase.Split(' ').Contains(w, StringComparer.Ordinal)));
    }

    private static bool IsTitle(AnswerResources resources, string topic) =>
        topic.Length > 0 && resources.Corpus.Objectives.Any(o =>
            string.Equals(o.ShortName, topic, StringComparison.OrdinalIgnoreCase)
            || string.Equals(o.Title, topic, StringComparison.OrdinalIgnoreCase));
}
