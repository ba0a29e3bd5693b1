using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Tests;

/// <summary>The repository's corpus/ folder, found by walking up from the test binaries.</summary>
internal static class TestCorpus
{
    private static readonly string CorpusDirectory = Find();
    private static readonly Lazy<CorpusFiles> LazyFiles = new(() => CorpusFiles.Load(CorpusDirectory));

    public static string Directory => CorpusDirectory;

    private static readonly Lazy<GcmCorpus> LazyCorpus = new(() => CorpusLoader.Load(CorpusDirectory));

    public static CorpusFiles Files => LazyFiles.Value;

    /// <summary>The whole corpus as the app loads it (parsed once per test run).</summary>
    public static GcmCorpus Corpus => LazyCorpus.Value;

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
