using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GcmBot.Core.Corpus.Manifest;

/// <summary>
/// Reads corpus/manifest.json and the files it names, refusing any file that is missing or whose
/// SHA-256 differs: the bot quotes these texts verbatim, so it must quote the texts we vetted.
/// </summary>
public sealed class CorpusFiles
{
    private readonly Dictionary<string, string[]> _linesByFile;

    private CorpusFiles(string directory, CorpusManifest manifest, Dictionary<string, string[]> linesByFile)
    {
        Directory = directory;
        Manifest = manifest;
        _linesByFile = linesByFile;
    }

    public string Directory { get; }

    public CorpusManifest Manifest { get; }

    public static CorpusFiles Load(string directory)
    {
        var manifestPath = Path.Combine(directory, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new CorpusIntegrityException($"Corpus manifest not found: {manifestPath}. Set Corpus:Directory to the folder holding manifest.json.");
        }

        var manifest = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(manifestPath))
            ?? throw new CorpusIntegrityException($"{manifestPath} is empty.");
        var linesByFile = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var entry in manifest.Documents)
        {
            if (!linesByFile.ContainsKey(entry.File))
            {
                linesByFile[entry.File] = ReadVerified(directory, entry);
            }
        }

        return new CorpusFiles(directory, manifest, linesByFile);
    }

    /// <summary>The lines of one logical document (the whole file, or the part its markers delimit).</summary>
    public IReadOnlyList<string> Lines(string documentId)
    {
        var entry = Entry(documentId);
        return DocumentSlicer.Slice(_linesByFile[entry.File], entry);
    }

    public DocumentEntry Entry(string documentId) =>
        Manifest.Documents.FirstOrDefault(d => d.Id == documentId)
        ?? throw new CorpusIntegrityException($"corpus/manifest.json has no document '{documentId}'.");

    private static string[] ReadVerified(string directory, DocumentEntry entry)
    {
        var path = Path.Combine(directory, entry.File);
        if (!File.Exists(path))
        {
            throw new CorpusIntegrityException($"Corpus file missing: corpus/{entry.File} (document '{entry.Id}').");
        }

        var bytes = File.ReadAllBytes(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, entry.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new CorpusIntegrityException(
                $"Corpus file changed: corpus/{entry.File} has SHA-256 {actual}, the manifest expects {entry.Sha256}. " +
                "Corpus files are verbatim copies; corrections belong in corpus/errata.json.");
        }

        // Split on \n only and drop a trailing \r: the text of each line is otherwise kept exactly.
        return Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
