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
/// </summary>
public sealed partial class CorpusDirectory
{
    public const string ManifestFile = "manifest.json";

    private readonly Dictionary<string, byte[]> _verified;

    private CorpusDirectory(string path, CorpusManifest manifest, Dictionary<string, byte[]> verified)
    {
        Path = path;
        Manifest = manifest;
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
        var verified = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [ManifestFile] = manifestBytes };
        foreach (var entry in manifest.Documents)
        {
            if (!verified.ContainsKey(entry.File))
            {
                verified[entry.File] = ReadVerified(full, entry.File, entry.Sha256, $"document '{entry.Id}'");
            }
        }

        foreach (var entry in manifest.Files ?? [])
        {
            verified[entry.File] = ReadVerified(full, entry.File, entry.Sha256, "manifest \"files\"");
        }

        RefuseUnlisted(full, manifest);
        return new CorpusDirectory(full, manifest, verified);
    }

    /// <summary>The full path of a corpus file, as every error names it.</summary>
    public string PathOf(string file) => System.IO.Path.Combine(Path, file);

    /// <summary>A file listed under "documents" or "files", as read and checked at open.</summary>
    public byte[] Bytes(string file) =>
        _verified.TryGetValue(file, out var bytes)
            ? bytes
            : throw new CorpusIntegrityException($"Corpus file missing: {PathOf(file)} is not listed in corpus/manifest.json.");

    /// <summary>The file's lines: split on \n only, a trailing \r dropped; the text of each line is otherwise kept exactly.</summary>
    public string[] Lines(string file) => Read(file, bytes => Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.TrimEnd('\r')).ToArray());

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
