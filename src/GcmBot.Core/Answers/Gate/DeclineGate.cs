using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.Query;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// Decides whether a free-text question is about the corpus. It is answered only when the lexical
/// evidence (passages that match, see <see cref="AnswerComposer"/>) and the semantic similarity (the
/// best cosine between the question's MiniLM vector and any passage's) agree. References ("objective
/// 13", "PD 67") and questions made only of lexicon phrases ("remittances", "detention") are always
/// on-topic. The thresholds were chosen on the tuning halves of the evaluation sets only.
/// </summary>
internal static class DeclineGate
{
    /// <summary>Enough similarity when the question uses a lexicon phrase of some objective.</summary>
    public const float WithTopic = 0.30f;

    /// <summary>Enough similarity when it uses none: the wording alone must be close.</summary>
    public const float WithoutTopic = 0.40f;

    /// <summary>Below this nothing is offered; between it and the bar, the closest objectives are.</summary>
    public const float WeakFloor = 0.22f;

    public static GateVerdict Judge(AnswerResources resources, ParsedQuery query, Answer lexical, float similarity)
    {
        if (AlwaysOnTopic(resources, query))
        {
            return GateVerdict.Answered;
        }

        var bar = query.Topics.Any(t => !t.IsSynonym) ? WithTopic : WithoutTopic;
        if (similarity >= bar && !lexical.IsNotFound)
        {
            return GateVerdict.Answered;
        }

        return similarity >= WeakFloor && lexical.RankedObjectives.Count > 0 ? GateVerdict.Weak : GateVerdict.Declined;
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
