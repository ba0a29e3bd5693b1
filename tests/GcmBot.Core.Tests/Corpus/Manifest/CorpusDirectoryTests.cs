using System.Text.Json;
using System.Text.Json.Serialization;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Digest;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Corpus.Manifest;

public sealed partial class CorpusDirectoryTests : IDisposable
{
    private readonly CorpusCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Open_RealCorpus_EveryLoaderReadsThroughIt()
    {
        var (corpus, lexicon, crosswalk, calendar, vectors) = LoadAll(_copy.Path);

        Assert.Equal(23, corpus.Objectives.Count);
        Assert.Equal(23, crosswalk.Entries.Count);
        Assert.NotEmpty(lexicon.Topics);
        Assert.NotEmpty(calendar.Milestones);
        Assert.Equal(corpus.Passages.Count, vectors.Ids.Count);
    }

    // One malformed file of each kind, each with its checksum updated so that only its content is wrong:
    // every one must stop the start with the same error, naming the file's full path.
    public static TheoryData<string, string> MalformedFiles => new()
    {
        { "manifest.json", "{ \"documents\": [" },
        { "errata.json", "{ \"corrections\": 5 }" },
        { "topic-lexicon.json", "this is not JSON" },
        { "crosswalk.json", "{}" },
        { "forum-calendar.json", "{ \"entries\": null }" },
        { "forum-calendar.json", "{ \"entries\": [] }" },
        { "objective-short-names.md", "# Short names\n\nNo table here.\n" },
        { "passage-vectors.bin", "GCMV1" },
        { "passage-vectors.bin", "not vectors at all" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void Load_MalformedFile_FailsWithTheOneErrorNamingItsPath(string file, string content)
    {
        _copy.Rewrite(file, content);

        var error = Assert.Throws<CorpusIntegrityException>(() => LoadAll(_copy.Path));

        Assert.StartsWith($"Corpus file malformed: {_copy.PathOf(file)}: ", error.Message, StringComparison.Ordinal);
    }

    // Each loader reads its file with source-generated metadata from a context of its own; one made without the
    // strict options would read a missing value as null, so it is refused before the file is parsed.
    [Fact]
    public void Json_MetadataWithoutTheStrictOptions_Refused()
    {
        var directory = CorpusDirectory.Open(_copy.Path);

        var error = Assert.Throws<InvalidOperationException>(() => directory.Json(Crosswalk.FileName, LaxJson.Default.JsonDocument));

        Assert.Contains("RespectRequiredConstructorParameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileListedButMissing_NamesIt()
    {
        File.Delete(_copy.PathOf("crosswalk.json"));

        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusDirectory.Open(_copy.Path));

        Assert.Contains("corpus/crosswalk.json", error.Message, StringComparison.Ordinal);
    }

    // The folder keeps no file's bytes after open: a read reads the file again, so it must be checked again.
    [Theory]
    [InlineData("kenya-delegation-report-2018-with-annexes.txt")]
    [InlineData("crosswalk.json")]
    public void Read_FileChangedAfterOpen_RefusedAsChanged(string file)
    {
        var directory = CorpusDirectory.Open(_copy.Path);
        File.AppendAllText(_copy.PathOf(file), " ");

        var lines = Assert.Throws<CorpusIntegrityException>(() => directory.Lines(file));
        var bytes = Assert.Throws<CorpusIntegrityException>(() => directory.Bytes(file));

        Assert.StartsWith($"Corpus file changed: corpus/{file} has SHA-256 ", lines.Message, StringComparison.Ordinal);
        Assert.Equal(lines.Message, bytes.Message);
    }

    [Fact]
    public void Open_NoManifest_NamesTheSetting()
    {
        File.Delete(_copy.PathOf("manifest.json"));

        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusDirectory.Open(_copy.Path));

        Assert.Contains("Corpus:Directory", error.Message, StringComparison.Ordinal);
    }

    private static (GcmCorpus, TopicLexicon, Crosswalk, ForumCalendar, PassageVectors) LoadAll(string path)
    {
        var directory = CorpusDirectory.Open(path);
        var corpus = CorpusLoader.Load(directory);
        return (corpus, TopicLexicon.Load(directory), Crosswalk.Load(directory), ForumCalendarLoader.Load(directory, corpus), PassageVectors.Load(directory, corpus.Passages));
    }

    [JsonSerializable(typeof(JsonDocument))]
    private sealed partial class LaxJson : JsonSerializerContext;
}
