using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Corpus.Errata;

/// <summary>
/// The corrections of corpus/errata.json, applied by passage id while parsing. Each wrong text must
/// occur exactly once in its passage, and every correction must be used: an erratum that no longer
/// matches the source stops the app instead of silently doing nothing.
/// </summary>
public sealed partial class ErrataBook
{
    private readonly ILookup<string, Correction> _byPassage;
    private readonly HashSet<string> _applied = new(StringComparer.Ordinal);

    public ErrataBook(IReadOnlyList<Correction> corrections, IReadOnlyList<DuplicateObjective> duplicates)
    {
        Corrections = corrections;
        Duplicates = duplicates;
        _byPassage = corrections.ToLookup(c => c.PassageId, StringComparer.Ordinal);
    }

    public IReadOnlyList<Correction> Corrections { get; }

    public IReadOnlyList<DuplicateObjective> Duplicates { get; }

    public const string FileName = "errata.json";

    public static ErrataBook Load(CorpusDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var file = directory.Json(FileName, ErrataJson.Default.ErrataFile);
        return new ErrataBook(file.Corrections, file.DuplicateObjectives ?? []);
    }

    /// <summary>The passage's text with its corrections applied.</summary>
    public string Apply(string passageId, string text)
    {
        foreach (var correction in _byPassage[passageId])
        {
            var at = text.IndexOf(correction.Wrong, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(correction.Wrong, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new CorpusIntegrityException(
                    $"corpus/errata.json: correction '{correction.Id}' expects \"{correction.Wrong}\" exactly once in {passageId}.");
            }

            text = string.Concat(text.AsSpan(0, at), correction.Right, text.AsSpan(at + correction.Wrong.Length));
            _applied.Add(correction.Id);
        }

        return text;
    }

    /// <summary>Accepts a copied objective found by the parser only when the errata document it.</summary>
    public DuplicateObjective ConfirmDuplicate(int objective, int duplicateOf)
    {
        var entry = Duplicates.FirstOrDefault(d => d.Objective == objective && d.DuplicateOf == duplicateOf)
            ?? throw new CorpusIntegrityException(
                $"corpus/gcm-objectives-final.md: objective {objective} repeats the actions of objective {duplicateOf}, and corpus/errata.json does not document it (duplicateObjectives).");
        _applied.Add(entry.Id);
        return entry;
    }

    /// <summary>Fails when an erratum names a passage or a copy the parsers never met.</summary>
    public void EnsureAllApplied()
    {
        var unused = Corrections.Select(c => c.Id).Concat(Duplicates.Select(d => d.Id)).Where(id => !_applied.Contains(id)).ToList();
        if (unused.Count > 0)
        {
            throw new CorpusIntegrityException($"corpus/errata.json: corrections not applied to any passage: {string.Join(", ", unused)}.");
        }
    }

    private sealed record ErrataFile(
        [property: JsonPropertyName("corrections")] IReadOnlyList<Correction> Corrections,
        [property: JsonPropertyName("duplicateObjectives")] IReadOnlyList<DuplicateObjective>? DuplicateObjectives);

    // Source-generated, with the options every corpus file is read with (CorpusDirectory.Json checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(ErrataFile))]
    private sealed partial class ErrataJson : JsonSerializerContext;
}
