using System.Text.Json.Serialization;

namespace GcmBot.Core.Corpus.Manifest;

/// <summary>corpus/manifest.json: one entry per logical document.</summary>
public sealed record CorpusManifest(
    [property: JsonPropertyName("documents")] IReadOnlyList<DocumentEntry> Documents);

/// <summary>
/// A logical document. Several entries may share one file (the combined Kenya file); then
/// <see cref="Start"/> and <see cref="End"/> delimit it by whole lines (see <see cref="DocumentSlicer"/>).
/// </summary>
public sealed record DocumentEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sourceFile")] string SourceFile,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("start")] LineMarker? Start = null,
    [property: JsonPropertyName("end")] LineMarker? End = null);

/// <summary>
/// A line whose trimmed text equals <see cref="Line"/>; <see cref="Occurrence"/> counts from 1
/// (for a start marker: in the whole file; for an end marker: after the start).
/// </summary>
public sealed record LineMarker(
    [property: JsonPropertyName("line")] string Line,
    [property: JsonPropertyName("occurrence")] int Occurrence = 1);
