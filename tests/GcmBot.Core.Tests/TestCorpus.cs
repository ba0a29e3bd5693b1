using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Tests;

/// <summary>The repository's corpus/ folder, found by walking up from the test binaries.</summary>
internal static class TestCorpus
{
    private static readonly string CorpusDirectory = Find();
    private static readonly Lazy<CorpusFiles> LazyFiles = new(() => CorpusFiles.Load(CorpusDirectory));

    public static string Directory => CorpusDirectory;

    public static CorpusFiles Files => LazyFiles.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("corpus/manifest.json not found above " + AppContext.BaseDirectory);
    }
}
