using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Search;
using GcmBot.Hosting.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting.Startup;

/// <summary>
/// Issue 19: the corpus and its index are begun before the container exists, from the configuration as it stands
/// then. The container must get exactly what it would have built: the head start's results only for the same folder,
/// fresh ones for any other, and a broken folder's error only when something asks for it. "Same instance twice"
/// tells the two apart: a fresh load or build is a new object every time.
/// </summary>
public sealed class CorpusHeadStartTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = TestPaths.NewTempDirectory("head-start");

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void SamePath_EachAskGetsWhatWasBegun()
    {
        var head = CorpusHeadStart.Begin(TestPaths.Corpus);

        var folder = head.OpenFolder(TestPaths.Corpus);
        var corpus = head.LoadCorpus(folder);

        Assert.Same(folder, head.OpenFolder(TestPaths.Corpus));
        Assert.Same(corpus, head.LoadCorpus(folder));
        Assert.Same(head.BuildIndex(corpus), head.BuildIndex(corpus));
        Assert.Same(head.LoadLexicon(folder), head.LoadLexicon(folder));
        Assert.Same(head.LoadCrosswalk(folder), head.LoadCrosswalk(folder));
        Assert.Equal(CorpusLoader.Load(TestPaths.Corpus).Passages.Count, corpus.Passages.Count);
    }

    [Fact]
    public void AnotherPathOrFolderOrCorpus_BuiltAfreshFromIt()
    {
        var head = CorpusHeadStart.Begin(Path.Combine(_data, "elsewhere"));
        var folder = head.OpenFolder(TestPaths.Corpus);

        Assert.NotSame(folder, head.OpenFolder(TestPaths.Corpus));
        Assert.Equal(Path.GetFullPath(TestPaths.Corpus), folder.Path);

        // The head start's own folder failed (nothing there), so every corpus, lexicon and index is built from what it is given.
        var corpus = head.LoadCorpus(folder);
        Assert.NotSame(corpus, head.LoadCorpus(folder));
        Assert.NotSame(head.LoadLexicon(folder), head.LoadLexicon(folder));
        Assert.NotSame(head.BuildIndex(corpus), head.BuildIndex(corpus));

        var begun = CorpusHeadStart.Begin(TestPaths.Corpus);
        var other = CorpusDirectory.Open(TestPaths.Corpus);
        Assert.NotSame(begun.LoadCorpus(other), begun.LoadCorpus(begun.OpenFolder(TestPaths.Corpus)));
        Assert.NotSame(begun.LoadCorpus(other), begun.LoadCorpus(other));
    }

    [Fact]
    public void BrokenFolder_ItsErrorOnlyWhenAsked()
    {
        var missing = Path.Combine(_data, "no-corpus");

        var head = CorpusHeadStart.Begin(missing);

        var error = Assert.Throws<CorpusIntegrityException>(() => head.OpenFolder(missing));
        Assert.Contains(Path.Combine(missing, CorpusDirectory.ManifestFile), error.Message, StringComparison.Ordinal);
        Assert.Same(error, Assert.Throws<CorpusIntegrityException>(() => head.OpenFolder(missing)));
    }

    [Fact]
    public void App_DefaultSettings_TheContainersCorpusAndIndexAreTheHeadStarts()
    {
        using var factory = new GcmBotFactory(Settings(), output);

        var services = factory.Services;
        var head = services.GetRequiredService<CorpusHeadStart>();
        var folder = services.GetRequiredService<CorpusDirectory>();

        Assert.Same(services.GetRequiredService<GcmCorpus>(), head.LoadCorpus(folder));
        Assert.Same(services.GetRequiredService<PassageIndex>(), head.BuildIndex(services.GetRequiredService<GcmCorpus>()));
    }

    [Fact]
    public void App_CorpusDirectorySetWhileTheHostIsBuilt_ThatFolderIsLoaded()
    {
        var copy = Directory.CreateDirectory(Path.Combine(_data, "corpus-copy")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.Corpus))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        // A configuration source added while the host is built, after the head start read Corpus:Directory (the test
        // host's own settings arrive earlier, as command-line arguments).
        using var app = new GcmBotFactory(Settings(), output);
        using var factory = app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Corpus:Directory"] = copy })));

        var services = factory.Services;
        var folder = services.GetRequiredService<CorpusDirectory>();
        var head = services.GetRequiredService<CorpusHeadStart>();
        Assert.Equal(copy, folder.Path);
        Assert.NotEqual(head.Path, folder.Path);
        Assert.NotSame(services.GetRequiredService<GcmCorpus>(), head.LoadCorpus(head.OpenFolder(head.Path)));
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Digest:DatabasePath"] = Path.Combine(_data, "gcmbot.db"),
        ["Teams:StatePath"] = Path.Combine(_data, "teams-state.db"),
    };
}
