using GcmBot.Core.Semantic;

namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// How much closer a question is to everyday life than to the documents' topics put in everyday words: the mean
/// cosine of its <see cref="Nearest"/> closest everyday anchors (background sentences and off-topic example questions)
/// minus that of its closest topic anchors (lexicon wordings and on-topic example questions; <see cref="AnchorVectors"/>). Every other feature measures closeness to the corpus, and a question that uses a
/// corpus word in another setting is close to it; what tells it apart is that it is closer still to ordinary
/// questions about shopping, banking, sport or school, while a paraphrase is closer to how people word the
/// documents' topics. Vector arithmetic over stored vectors (a coarse pass over about 1,550 anchors, then the few that can be among the nearest in full, <see cref="VectorTable"/>): no extra encoding.
/// </summary>
internal static class BackgroundLead
{
    /// <summary>How many of the closest anchors of each set are averaged.</summary>
    public const int Nearest = 5;

    public static double Of(float[] question, AnchorVectors anchors)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(anchors);
        return anchors.EverydayTable.MeanOfNearest(question, Nearest) - anchors.TopicTable.MeanOfNearest(question, Nearest);
    }
}
