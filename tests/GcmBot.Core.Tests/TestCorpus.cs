using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;

namespace GcmBot.Core.Tests;

/// <summary>The repository's corpus/ folder, found by walking up from the test binaries.</summary>
internal static class TestCorpus
{
    private static readonly string CorpusDirectory = Find();
    private static readonly Lazy<CorpusDirectory> LazyFolder = new(() => Core.Corpus.Manifest.CorpusDirectory.Open(CorpusDirectory));
    private static readonly Lazy<CorpusFiles> LazyFiles = new(() => CorpusFiles.Of(Folder));

    public static string Directory => CorpusDirectory;

    /// <summary>The corpus folder opened as the app opens it (every file read and checked once per test run).</summary>
    public static CorpusDirectory Folder => LazyFolder.Value;

    private static readonly Lazy<GcmCorpus> LazyCorpus = new(() => CorpusLoader.Load(Folder));

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
