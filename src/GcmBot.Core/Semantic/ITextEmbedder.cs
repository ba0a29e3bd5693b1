namespace GcmBot.Core.Semantic;

/// <summary>
/// Turns text into a unit-length sentence vector. <see cref="TryEncode"/> returns null while the
/// model is still loading (or when the semantic layer is off): callers then use the lexical path.
/// </summary>
public interface ITextEmbedder
{
    bool IsReady { get; }

    float[]? TryEncode(string text);
}
