namespace GcmBot.Answers;

/// <summary>Free-text answers (section "Answers").</summary>
public sealed class AnswersOptions
{
    public const string SectionName = "Answers";

    /// <summary>
    /// The semantic layer (MiniLM sentence vectors: the decline gate and re-ranking). On by default;
    /// off, answers are lexical only, the model is never loaded (about 250 MB less resident memory)
    /// and off-topic questions are declined only when nothing in the index matches them.
    /// </summary>
    public bool Semantic { get; set; } = true;
}
