using GcmBot.Cli;

namespace GcmBot.Tests.Digest;

/// <summary>The README shows the digest for 22 November 2026 exactly as the composer writes it.</summary>
public sealed class DigestReadmeTests : IDisposable
{
    private const string Heading = "## The digest for 22 November 2026";
    private readonly DigestHarness _harness = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Readme_DigestFor22November2026_MatchesTheComposer()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var section = readme[(readme.IndexOf(Heading, StringComparison.Ordinal) + Heading.Length)..];
        var start = section.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var shown = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];

        var rendered = PlainTextRenderer.Render(_harness.Composer.Compose(new DateOnly(2026, 11, 22))).ReplaceLineEndings("\n").TrimEnd();

        Assert.Equal(rendered, shown);
    }
}
