using System.Text.Json.Serialization;

namespace GcmBot.Core.Corpus.Errata;

/// <summary>
/// One correction from corpus/errata.json: in passage <see cref="PassageId"/>, the exact text
/// <see cref="Wrong"/> reads <see cref="Right"/>. <see cref="Evidence"/> names the document and
/// paragraph that prove it.
/// </summary>
public sealed record Correction(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("passage")] string PassageId,
    [property: JsonPropertyName("wrong")] string Wrong,
    [property: JsonPropertyName("right")] string Right,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("evidence")] string Evidence);
