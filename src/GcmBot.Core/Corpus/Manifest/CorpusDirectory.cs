using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GcmBot.Core.Corpus.Manifest;

/// <summary>
/// The corpus folder, opened once: reads corpus/manifest.json and every file it lists under "documents"
/// and "files", each checked against its SHA-256, and refuses files it does not list. Derived files
/// (passage vectors) are checked when first asked for, since only the semantic layer needs them. Every
/// loader reads through <see cref="Parse{T}"/> or <see cref="Json{T}"/>, so a malformed file of any kind
/// stops the start with the same <see cref="CorpusIntegrityException"/>, naming the file's path.
/// <para>
/// The files' bytes are not kept (about 0.5 MB, for as long as the app runs): each read reads the file again and
/// checks it against the same SHA-256, so a loader gets exactly the text that was vetted or the same error.
/// </para>
/// </summary>
public sealed partial class CorpusDirectory
{
    public const string ManifestFile = "manifest.json";

    private readonly byte[] _manifestBytes;

    // Every file listed under "documents" or "files": its SHA-256, and how the manifest lists it (for errors).
    private readonly Dictionary<string, (string Sha256, string ListedAs)> _verified;

    private CorpusDirectory(string path, CorpusManifest manifest, byte[] manifestBytes, Dictionary<string, (string Sha256, string ListedAs)> verified)
    {
        Path = path;
        Manifest = manifest;
        _manifestBytes = manifestBytes;
        _verified = verified;
    }

    /// <summary>The folder's full path (Corpus:Directory, resolved once by the host).</summary>
    public string Path { get; }

    public CorpusManifest Manifest { get; }

    public static CorpusDirectory Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(System.IO.Path.Combine(full, ManifestFile)))
        {
            throw new CorpusIntegrityException($"Corpus manifest not found: {System.IO.Path.Combine(full, ManifestFile)}. Set Corpus:Directory to the folder holding manifest.json.");
        }

        var manifestBytes = File.ReadAllBytes(System.IO.Path.Combine(full, ManifestFile));
        var manifest = Parse(full, ManifestFile, manifestBytes, bytes => JsonSerializer.Deserialize(bytes, ManifestJson.Default.CorpusManifest));
        var verified = new Dictionary<string, (string Sha256, string ListedAs)>(StringComparer.Ordinal);
        foreach (var entry in manifest.Documents)
        {
            if (!verified.ContainsKey(entry.File))
            {
                verified[entry.File] = (entry.Sha256, $"document '{entry.Id}'");
            }
        }

        foreach (var entry in manifest.Files ?? [])
        {
            verified[entry.File] = (entry.Sha256, "manifest \"files\"");
        }

        foreach (var (file, (sha256, listedAs)) in verified)
        {
            Verify(full, file, sha256, listedAs);
        }

        RefuseUnlisted(full, manifest);
        return new CorpusDirectory(full, manifest, manifestBytes, verified);
    }

    /// <summary>The full path of a corpus file, as every error names it.</summary>
    public string PathOf(string file) => System.IO.Path.Combine(Path, file);

    /// <summary>A file listed under "documents" or "files" (or the manifest), read again and checked as at open.</summary>
    public byte[] Bytes(string file) =>
        file == ManifestFile ? _manifestBytes
            : _verified.TryGetValue(file, out var listed) ? ReadVerified(Path, file, listed.Sha256, listed.ListedAs)
            : throw NotListed(file);

    /// <summary>
    /// The file's lines: split on \n only, a trailing \r dropped; the text of each line is otherwise kept exactly
    /// (UTF-8, as <see cref="Encoding.GetString(byte[])"/> decodes it). Read in blocks and checked as at open, so no
    /// array or string of the whole file is made.
    /// </summary>
    public string[] Lines(string file)
    {
        if (file == ManifestFile)
        {
            return FileLines.Split(_manifestBytes);
        }

        var (sha256, listedAs) = _verified.TryGetValue(file, out var listed) ? listed : throw NotListed(file);
        using var stream = OpenListed(Path, file, listedAs);
        var lines = FileLines.Read(stream, out var hash);
        EnsureUnchanged(file, hash, sha256);
        return lines;
    }

    /// <summary>
    /// A JSON file deserialized strictly: bad syntax, a wrong type, or a required value missing or null is malformed.
    /// <paramref name="type"/> is source-generated metadata (no reflection at start-up) from a context with the
    /// strict options <see cref="ManifestJson"/> has; a context without them is refused.
    /// </summary>
    public T Json<T>(string file, JsonTypeInfo<T> type) where T : class
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.Options.RespectNullableAnnotations || !type.Options.RespectRequiredConstructorParameters || type.Options.PropertyNamingPolicy != JsonNamingPolicy.CamelCase)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: corpus files are read with JsonSerializerDefaults.Web, RespectNullableAnnotations and RespectRequiredConstructorParameters (see CorpusDirectory.ManifestJson).");
        }

        return Read(file, bytes => JsonSerializer.Deserialize(bytes, type));
    }

    /// <summary>Parses a listed file; any parse failure becomes the one malformed-file error naming its path.</summary>
    public T Read<T>(string file, Func<byte[], T?> parse) where T : class => Parse(Path, file, Bytes(file), parse);

    /// <summary>A derived file (listed under "derived"), checked against its SHA-256 now, then parsed like any other.</summary>
    public T ReadDerived<T>(string file, Func<byte[], T?> parse) where T : class
    {
        var entry = (Manifest.Derived ?? []).FirstOrDefault(d => d.File == file)
            ?? throw new CorpusIntegrityException($"corpus/manifest.json lists no derived file {file}; add its entry (file, sha256, command).");
        return Parse(Path, file, ReadVerified(Path, file, entry.Sha256, "manifest \"derived\"", entry.Command), parse);
    }

    /// <summary>The error for a file that reads but does not make sense (the loaders' own checks use it too).</summary>
    public CorpusIntegrityException Malformed(string file, string reason, Exception? inner = null) => MalformedAt(Path, file, reason, inner);

    // A missing or null value where the record has no default is a malformed file, not a null to trip over later.
    // Every corpus JSON file is read with these options (each owner has its own context; Json<T> checks them).
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(CorpusManifest))]
    private sealed partial class ManifestJson : JsonSerializerContext;
}
