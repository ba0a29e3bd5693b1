using System.Security.Cryptography;
using System.Text.Json;

namespace GcmBot.Core.Semantic;

/// <summary>
/// Files computed from the corpus (listed under "derived" in corpus/manifest.json with their
/// SHA-256 and the command that regenerates them): a file that is missing, unlisted or altered
/// stops the app, naming the file and the command.
/// </summary>
public static class DerivedFiles
{
    public static string Verified(string corpusDirectory, string file)
    {
        var path = Path.Combine(corpusDirectory, file);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpusDirectory, "manifest.json")));
        var entry = manifest.RootElement.TryGetProperty("derived", out var derived)
            ? derived.EnumerateArray().FirstOrDefault(e => e.GetProperty("file").GetString() == file)
            : default;
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"corpus/manifest.json lists no derived file {file}; add its entry (file, sha256, command).");
        }

        using var stream = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        var expected = entry.GetProperty("sha256").GetString();
        return string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)
            ? path
            : throw new InvalidDataException(
                $"Corpus file changed: {path} has SHA-256 {actual}, the manifest expects {expected}. " +
                $"Regenerate it with: {entry.GetProperty("command").GetString()}, then record the new SHA-256.");
    }
}
