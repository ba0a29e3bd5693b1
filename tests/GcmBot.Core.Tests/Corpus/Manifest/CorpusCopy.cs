using System.Security.Cryptography;

namespace GcmBot.Core.Tests.Corpus.Manifest;

/// <summary>
/// A throw-away copy of the repository's corpus folder. Rewrite replaces a file and records its
/// new SHA-256 in the copy's manifest, so the file passes the checksum and its content alone is under test.
/// </summary>
internal sealed class CorpusCopy : IDisposable
{
    public CorpusCopy()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in System.IO.Directory.GetFiles(TestCorpus.Directory))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gcmbot-corpus-" + Guid.NewGuid().ToString("N"));

    public string PathOf(string file) => System.IO.Path.Combine(Path, file);

    public void Rewrite(string file, byte[] content)
    {
        var manifest = PathOf("manifest.json");
        if (file != "manifest.json")
        {
            var oldSha = Sha(File.ReadAllBytes(PathOf(file)));
            var text = File.ReadAllText(manifest);
            Assert.Contains(oldSha, text, StringComparison.Ordinal);
            File.WriteAllText(manifest, text.Replace(oldSha, Sha(content), StringComparison.Ordinal));
        }

        File.WriteAllBytes(PathOf(file), content);
    }

    public void Rewrite(string file, string content) => Rewrite(file, System.Text.Encoding.UTF8.GetBytes(content));

    public void Dispose() => System.IO.Directory.Delete(Path, recursive: true);

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
