using GcmBot.Core.Corpus.Manifest;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GcmBot.Tests.Corpus;

public sealed class CorpusExtensionsTests(ITestOutputHelper output)
{
    [Fact]
    public void Start_CorpusDirectoryWithoutManifest_FailsNamingTheSetting()
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Corpus:Directory"] = "/nonexistent/gcmbot-corpus" }, output);
        var error = Assert.Throws<CorpusIntegrityException>(() => factory.CreateClient());
        Assert.Contains("Corpus:Directory", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/gcmbot-corpus/manifest.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_EmptyCorpusDirectory_FailsValidationNamingTheSetting()
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Corpus:Directory"] = "" }, output);
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Corpus:Directory", error.Message, StringComparison.Ordinal);
    }
}
