using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Answers.CrossReferencing;

/// <summary>
/// corpus/crosswalk.json: for each objective, the Progress Declaration round table that reviewed
/// it, the Declaration paragraphs and Kenya position sections about its topic, each with a reason.
/// Written by reading the documents; checked by CrosswalkTests.
/// </summary>
public sealed partial class Crosswalk
{
    private readonly Dictionary<int, CrosswalkEntry> _byObjective;

    public Crosswalk(IReadOnlyList<CrosswalkEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        _byObjective = entries.ToDictionary(e => e.Objective);
    }

    public IReadOnlyList<CrosswalkEntry> Entries { get; }

    public const string FileName = "crosswalk.json";

    public static Crosswalk Load(CorpusDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return new Crosswalk(directory.Json(FileName, CrosswalkJson.Default.CrosswalkFile).Objectives);
    }

    public CrosswalkEntry? For(int objective) => _byObjective.GetValueOrDefault(objective);

    /// <summary>Objectives whose crosswalk cites Declaration paragraph <paramref name="paragraph"/>, in the order they rank it.</summary>
    public IReadOnlyList<int> ObjectivesCitingParagraph(int paragraph) =>
        [.. Entries
            .Select(e => (e.Objective, Rank: e.Pd.ToList().FindIndex(p => p.Paragraph == paragraph)))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank)
            .Select(x => x.Objective)];

    /// <summary>Objectives whose crosswalk cites Kenya section <paramref name="numeral"/>, in the order they rank it.</summary>
    public IReadOnlyList<int> ObjectivesCitingKenyaSection(string numeral) =>
        [.. Entries
            .Select(e => (e.Objective, Rank: e.Kenya.ToList().FindIndex(k => string.Equals(k.Section, numeral, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Rank >= 0)
            .OrderBy(x => x.Rank)
            .Select(x => x.Objective)];

    private sealed record CrosswalkFile([property: JsonPropertyName("objectives")] IReadOnlyList<CrosswalkEntry> Objectives);

    // Source-generated, with the options every corpus file is read with (CorpusDirectory.Json checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(CrosswalkFile))]
    private sealed partial class CrosswalkJson : JsonSerializerContext;
}

public sealed record CrosswalkEntry(
    [property: JsonPropertyName("objective")] int Objective,
    [property: JsonPropertyName("roundTable")] int RoundTable,
    [property: JsonPropertyName("pd")] IReadOnlyList<CrosswalkParagraph> Pd,
    [property: JsonPropertyName("kenya")] IReadOnlyList<CrosswalkSection> Kenya);

public sealed record CrosswalkParagraph(
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("reason")] string Reason);

public sealed record CrosswalkSection(
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("reason")] string Reason);
