using System.Text.Json.Serialization;

namespace GcmBot.Core.Corpus.Errata;

/// <summary>
/// A documented case of an objective whose text copies another's. The copy is found by comparing
/// action lists; this entry is the evidence that must exist for every copy found, and vice versa.
/// </summary>
public sealed record DuplicateObjective(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("objective")] int Objective,
    [property: JsonPropertyName("duplicateOf")] int DuplicateOf,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("evidence")] string Evidence);
