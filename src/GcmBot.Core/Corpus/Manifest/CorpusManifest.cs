using System.Text.Json.Serialization;

namespace GcmBot.Core.Corpus.Manifest;

/// <summary>
/// corpus/manifest.json: one entry per logical document, and a checksum for every other file of the
/// corpus (errata, short names, calendar, lexicon, crosswalk), since their text is quoted or trusted too.
/// "derived" lists files computed from the corpus (passage vectors); the semantic layer checks those when it is on.
/// </summary>
public sealed record CorpusManifest(
    [property: JsonPropertyName("documents")] IReadOnlyList<DocumentEntry> Documents,
    [property: JsonPropertyName("files")] IReadOnlyList<FileEntry>? Files = null,
    [property: JsonPropertyName("derived")] IReadOnlyList<FileEntry>? Derived = null);

/// <summary>A corpus file that is not a source document, with its SHA-256 (and, for a derived file, the command that makes it).</summary>
public sealed record FileEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("command")] string? Command = null);

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
