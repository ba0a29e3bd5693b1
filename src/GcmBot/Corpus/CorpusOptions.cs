using System.ComponentModel.DataAnnotations;

namespace GcmBot.Corpus;

/// <summary>Where the corpus lives (section "Corpus").</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>Folder holding manifest.json, errata.json and the documents. Relative paths start at the app's folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Corpus:Directory must name the folder that holds corpus/manifest.json.")]
    public string Directory { get; set; } = "corpus";

    public string ResolvedDirectory => Path.IsPathRooted(Directory) ? Directory : Path.Combine(AppContext.BaseDirectory, Directory);
}
