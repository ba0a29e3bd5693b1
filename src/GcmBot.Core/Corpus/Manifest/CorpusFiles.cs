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
                linesByFile[entry.File] = Lines(ReadVerified(directory, entry.File, entry.Sha256, $"document '{entry.Id}'"));
            }
        }

        foreach (var entry in manifest.Files ?? [])
        {
            ReadVerified(directory, entry.File, entry.Sha256, "manifest \"files\"");
        }

        RefuseUnlisted(directory, manifest);
        return new CorpusFiles(directory, manifest, linesByFile);
    }

    /// <summary>A file the manifest does not name has no checksum, so nothing vouches for its text.</summary>
    private static void RefuseUnlisted(string directory, CorpusManifest manifest)
    {
        var listed = manifest.Documents.Select(d => d.File).Concat((manifest.Files ?? []).Select(f => f.File))
            .Concat((manifest.Derived ?? []).Select(f => f.File)).Append("manifest.json")
            .ToHashSet(StringComparer.Ordinal);
        var unlisted = System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Where(name => !listed.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unlisted.Count > 0)
        {
            throw new CorpusIntegrityException(
                $"Corpus file not in the manifest: corpus/{unlisted[0]}{(unlisted.Count > 1 ? $" (and {unlisted.Count - 1} more)" : "")}. " +
                "Every file in the corpus folder needs its SHA-256 in corpus/manifest.json.");
        }
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

    private static byte[] ReadVerified(string directory, string file, string sha256, string listedAs)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new CorpusIntegrityException($"Corpus file missing: corpus/{file} ({listedAs}).");
        }

        var bytes = File.ReadAllBytes(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new CorpusIntegrityException(
                $"Corpus file changed: corpus/{file} has SHA-256 {actual}, the manifest expects {sha256}. " +
                "Corpus files are verbatim copies; corrections belong in corpus/errata.json (with its new checksum in the manifest).");
        }

        return bytes;
    }

    // Split on \n only and drop a trailing \r: the text of each line is otherwise kept exactly.
    private static string[] Lines(byte[] bytes) => Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
