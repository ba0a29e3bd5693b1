using GcmBot.Core.Digest;

namespace GcmBot.Core.Tests.Digest;

/// <summary>The README shows the digest for 22 November 2026 exactly as the composer writes it.</summary>
public sealed class DigestReadmeTests
{
    private const string Heading = "## The digest for 22 November 2026";

    [Fact]
    public void Readme_DigestFor22November2026_MatchesTheComposer()
    {
        var readme = File.ReadAllText(Path.Combine(TestCorpus.Directory, "..", "src", "GcmBot", "Digest", "README-digest.md")).ReplaceLineEndings("\n");
        var section = readme[(readme.IndexOf(Heading, StringComparison.Ordinal) + Heading.Length)..];
        var start = section.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        var shown = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)] + "\n";

        var expected = ReplyText.Render(new DigestComposer(TestCalendar.Calendar).Compose(new DateOnly(2026, 11, 22)));

        Assert.Equal(expected, shown);
    }
}
