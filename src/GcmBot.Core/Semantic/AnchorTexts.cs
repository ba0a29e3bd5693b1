namespace GcmBot.Core.Semantic;

/// <summary>
/// The texts of the decline gate's anchors, in the order <see cref="AnchorVectors"/> stores them: the "everyday" side
/// (background sentences, then the off-topic example questions) and the "topic" side (the lexicon's everyday wordings,
/// then the on-topic example questions).
/// </summary>
public sealed record AnchorTexts(
    IReadOnlyList<string> Background,
    IReadOnlyList<string> OffTopicExamples,
    IReadOnlyList<string> Wordings,
    IReadOnlyList<string> OnTopicExamples);
