using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "gcmbot-corpus-" + Guid.NewGuid().ToString("N"));

    public CorpusLoaderTests()
    {
        Directory.CreateDirectory(_copy);
        foreach (var file in Directory.GetFiles(TestCorpus.Directory))
        {
            File.Copy(file, Path.Combine(_copy, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void Load_RealCorpus_HasEveryDocumentAndUniquePassages()
    {
        var corpus = TestCorpus.Corpus;
        Assert.Equal(23, corpus.Objectives.Count);
        Assert.Equal(77, corpus.ProgressDeclaration.Paragraphs.Count);
        Assert.Equal(22, corpus.ZeroDraft.Objectives.Count);
        Assert.Equal(["I", "II", "III", "IV", "V", "VI"], corpus.KenyaPosition.Sections.Where(s => s.Numeral is not null).Select(s => s.Numeral));
        Assert.Equal(4, corpus.SecondaryDocuments.Count);
        Assert.Equal(corpus.Passages.Count, corpus.Passages.Select(p => p.Id).Distinct().Count());
        Assert.DoesNotContain(corpus.Passages, p => string.IsNullOrWhiteSpace(p.Text));
    }

    [Fact]
    public void Load_AlteredFile_FailsNamingTheFile()
    {
        var path = Path.Combine(_copy, "progress-declaration-imrf-2022.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("6.3 per cent", "5.3 per cent", StringComparison.Ordinal));
        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusLoader.Load(_copy));
        Assert.Contains("corpus/progress-declaration-imrf-2022.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    // Issue 14: one changed byte in errata.json was quoted as GCM objective 2(a). Every corpus file is checksummed.
    [Theory]
    [InlineData("gcm-objectives-final.md")]
    [InlineData("progress-declaration-imrf-2022.txt")]
    [InlineData("kenya-delegation-report-2018-with-annexes.txt")]
    [InlineData("icmpd-input-sg-report.txt")]
    [InlineData("errata.json")]
    [InlineData("objective-short-names.md")]
    [InlineData("forum-calendar.json")]
    [InlineData("topic-lexicon.json")]
    [InlineData("crosswalk.json")]
    public void Load_OneByteChangedInAnyFile_FailsNamingTheFile(string file)
    {
        var path = Path.Combine(_copy, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusLoader.Load(_copy));

        Assert.Contains($"corpus/{file}", error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EveryFileOfTheRealCorpusIsInTheManifest()
    {
        var manifest = System.Text.Json.JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(Path.Combine(TestCorpus.Directory, "manifest.json")))!;
        var listed = manifest.Documents.Select(d => d.File).Concat(manifest.Files!.Select(f => f.File))
            .Concat(manifest.Derived!.Select(f => f.File)).Append("manifest.json").ToHashSet();

        Assert.All(Directory.GetFiles(TestCorpus.Directory), path => Assert.Contains(Path.GetFileName(path), listed));
    }

    [Fact]
    public void Load_FileNotInTheManifest_FailsNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_copy, "extra-quotes.json"), "{}");

        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusLoader.Load(_copy));

        Assert.Contains("corpus/extra-quotes.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheFile()
    {
        File.Delete(Path.Combine(_copy, "gcm-objectives-final.md"));
        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusLoader.Load(_copy));
        Assert.Contains("corpus/gcm-objectives-final.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ErratumThatNoLongerMatches_Fails()
    {
        var errata = Path.Combine(_copy, "errata.json");
        File.WriteAllText(errata, File.ReadAllText(errata).Replace("\"Paris Agreement4 and\"", "\"Paris Agreement5 and\"", StringComparison.Ordinal));
        Rehash("errata.json");
        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusLoader.Load(_copy));
        Assert.Contains("gcm-2a-footnote-mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UndocumentedCopiedObjective_Fails()
    {
        var errata = Path.Combine(_copy, "errata.json");
        File.WriteAllText(errata, File.ReadAllText(errata).Replace("\"objective\": 20,", "\"objective\": 21,", StringComparison.Ordinal));
        Rehash("errata.json");
        var error = Assert.Throws<CorpusIntegrityException>(() => CorpusLoader.Load(_copy));
        Assert.Contains("objective 20 repeats the actions of objective 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Objective20_CarriesCorrectedTitleNoteAndZeroDraftVersion()
    {
        var o20 = TestCorpus.Corpus.Objective(20)!;
        Assert.Equal("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", o20.Title);
        Assert.Empty(o20.Actions);
        var defect = Assert.IsType<ObjectiveDefect>(o20.Defect);
        Assert.Equal(2, defect.DuplicateOf);
        Assert.Equal("Progress Declaration footnote 3", defect.TitleSource);
        Assert.Contains("not in GcmBot's sources", defect.Note, StringComparison.Ordinal);
        var draft = Assert.IsType<ZeroDraftObjective>(defect.ZeroDraftVersion);
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], draft.Actions.Select(a => a.Letter));
        Assert.Equal("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", draft.Title);
        Assert.DoesNotContain(TestCorpus.Corpus.Passages, p => p.Id.StartsWith("gcm/20/", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OnlyObjective20_IsFlagged() =>
        Assert.Equal([20], TestCorpus.Corpus.Objectives.Where(o => o.Defect is not null).Select(o => o.Number));

    [Fact]
    public void Load_Errata_AreAppliedToTheQuotedText()
    {
        var corpus = TestCorpus.Corpus;
        Assert.Contains("as well as the Paris Agreement and the Sendai Framework", corpus.Objective(2)!.Action("a")!.Text, StringComparison.Ordinal);
        Assert.Contains("foster skills development of workers in countries of origin and migrants in countries of destination with a view", corpus.Objective(18)!.Action("e")!.Text, StringComparison.Ordinal);
        Assert.Equal(corpus.Objective(2)!.Action("a")!.Text, corpus.Passage("gcm/2/a")!.Text);
    }

    [Fact]
    public void Load_ShortNames_ComeFromTheReferenceTable()
    {
        Assert.Equal("Alternatives to detention", TestCorpus.Corpus.Objective(13)!.ShortName);
        Assert.Equal("Remittances", TestCorpus.Corpus.Objective(20)!.ShortName);
    }

    /// <summary>After a deliberate edit, records the file's new checksum, so the test reaches the check it is about.</summary>
    private void Rehash(string file)
    {
        var manifestPath = Path.Combine(_copy, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_copy, file))));
        foreach (var entry in manifest["files"]!.AsArray().Where(e => (string?)e!["file"] == file))
        {
            entry!["sha256"] = hash;
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString());
    }
}
