using System.Security.Cryptography;
using System.Text.Json;

namespace GcmBot.Core.Corpus.Manifest;

public sealed partial class CorpusDirectory
{
    private static T Parse<T>(string directory, string file, byte[] bytes, Func<byte[], T?> parse) where T : class
    {
        try
        {
            return parse(bytes) ?? throw MalformedAt(directory, file, "it is empty (null)");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or EndOfStreamException or FormatException or ArgumentException or KeyNotFoundException)
        {
            throw MalformedAt(directory, file, e.Message, e);
        }
    }

    private static CorpusIntegrityException MalformedAt(string directory, string file, string reason, Exception? inner = null)
    {
        var message = $"Corpus file malformed: {System.IO.Path.Combine(directory, file)}: {reason.ReplaceLineEndings(" ")}";
        return inner is null ? new CorpusIntegrityException(message) : new CorpusIntegrityException(message, inner);
    }

    private static byte[] ReadVerified(string directory, string file, string sha256, string listedAs, string? command = null)
    {
        var bytes = File.ReadAllBytes(PathOfListed(directory, file, listedAs, command));
        EnsureUnchanged(file, SHA256.HashData(bytes), sha256, command);
        return bytes;
    }

    // At open: the file's checksum, read through a small buffer.
    private static void Verify(string directory, string file, string sha256, string listedAs)
    {
        using var stream = OpenListed(directory, file, listedAs);
        EnsureUnchanged(file, SHA256.HashData(stream), sha256);
    }

    private static FileStream OpenListed(string directory, string file, string listedAs) =>
        new(PathOfListed(directory, file, listedAs), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

    private static string PathOfListed(string directory, string file, string listedAs, string? command = null)
    {
        var path = System.IO.Path.Combine(directory, file);
        return File.Exists(path)
            ? path
            : throw new CorpusIntegrityException($"Corpus file missing: corpus/{file} ({listedAs}){(command is null ? "" : $"; make it with: {command}")}.");
    }

    private static void EnsureUnchanged(string file, byte[] hash, string sha256, string? command = null)
    {
        var actual = Convert.ToHexStringLower(hash);
        if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new CorpusIntegrityException(
                $"Corpus file changed: corpus/{file} has SHA-256 {actual}, the manifest expects {sha256}. " +
                (command is null
                    ? "Corpus files are verbatim copies; corrections belong in corpus/errata.json (with its new checksum in the manifest)."
                    : $"Regenerate it with: {command}, then record the new SHA-256."));
        }
    }

    private CorpusIntegrityException NotListed(string file) =>
        new($"Corpus file missing: {PathOf(file)} is not listed in corpus/manifest.json.");

    /// <summary>A file the manifest does not name has no checksum, so nothing vouches for its text.</summary>
    private static void RefuseUnlisted(string directory, CorpusManifest manifest)
    {
        var listed = manifest.Documents.Select(d => d.File).Concat((manifest.Files ?? []).Select(f => f.File))
            .Concat((manifest.Derived ?? []).Select(f => f.File)).Append(ManifestFile)
            .ToHashSet(StringComparer.Ordinal);
        var unlisted = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(directory, path).Replace('\\', '/'))
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
}
