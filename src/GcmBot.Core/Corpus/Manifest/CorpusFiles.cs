namespace GcmBot.Core.Corpus.Manifest;

/// <summary>
/// The logical documents of the opened corpus folder (see <see cref="CorpusDirectory"/>, which refuses any
/// file that is missing or whose SHA-256 differs: the bot quotes these texts verbatim, so it must quote the
/// texts we vetted).
/// </summary>
public sealed class CorpusFiles
{
    private readonly Dictionary<string, string[]> _linesByFile = new(StringComparer.Ordinal);

    private CorpusFiles(CorpusDirectory directory)
    {
        Folder = directory;
        foreach (var file in directory.Manifest.Documents.Select(d => d.File).Distinct(StringComparer.Ordinal))
        {
            _linesByFile[file] = directory.Lines(file);
        }
    }

    public CorpusDirectory Folder { get; }

    public string Directory => Folder.Path;

    public CorpusManifest Manifest => Folder.Manifest;

    public static CorpusFiles Load(string directory) => new(CorpusDirectory.Open(directory));

    public static CorpusFiles Of(CorpusDirectory directory) => new(directory);

    /// <summary>The lines of one logical document (the whole file, or the part its markers delimit).</summary>
    public IReadOnlyList<string> Lines(string documentId)
    {
        var entry = Entry(documentId);
        return DocumentSlicer.Slice(_linesByFile[entry.File], entry);
    }

    public DocumentEntry Entry(string documentId) =>
        Manifest.Documents.FirstOrDefault(d => d.Id == documentId)
        ?? throw new CorpusIntegrityException($"corpus/manifest.json has no document '{documentId}'.");
}
