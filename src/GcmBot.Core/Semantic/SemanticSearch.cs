namespace GcmBot.Core.Semantic;

/// <summary>The semantic layer: the passages' and the decline gate's anchors' stored vectors, and an embedder for questions.</summary>
public sealed class SemanticSearch(PassageVectors passages, AnchorVectors anchors, ITextEmbedder embedder)
{
    public PassageVectors Passages { get; } = passages;

    public AnchorVectors Anchors { get; } = anchors;

    public bool IsReady => embedder.IsReady;

    /// <summary>
    /// The question's vector, or null while the model is loading. The lexical path answers then, and
    /// says nothing different.
    /// </summary>
    public float[]? Encode(string question) => embedder.TryEncode(question.Trim());
}
