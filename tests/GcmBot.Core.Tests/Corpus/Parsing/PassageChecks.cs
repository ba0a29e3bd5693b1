using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Tests.Corpus.Parsing;

/// <summary>Checks every parser's passages must pass, whatever the document.</summary>
internal static class PassageChecks
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static void AssertWellFormed(IReadOnlyList<Passage> passages, string documentId)
    {
        Assert.NotEmpty(passages);
        var duplicates = passages.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(passages, p =>
        {
            Assert.Equal(documentId, p.DocumentId);
            Assert.False(string.IsNullOrWhiteSpace(p.Text), $"{p.Id} has no text");
            Assert.Equal(p.Text.Trim(), p.Text);
            Assert.False(string.IsNullOrWhiteSpace(p.Label), $"{p.Id} has no label");
            Assert.DoesNotContain("\n\n", p.Text, StringComparison.Ordinal);
        });
    }

    /// <summary>No passage but a footnote holds a footnote line: neither its text nor a line starting with a footnote number.</summary>
    public static void AssertNoFootnoteTextOutsideFootnotes(IReadOnlyList<Passage> passages)
    {
        var footnotes = passages.Where(p => p.Kind == PassageKind.Footnote).ToList();
        foreach (var passage in passages.Where(p => p.Kind != PassageKind.Footnote))
        {
            Assert.DoesNotContain(passage.Text.Split('\n'), line => Superscripts.Contains(line[0], StringComparison.Ordinal));
            foreach (var footnote in footnotes)
            {
                Assert.False(
                    passage.Text.Contains(footnote.Text, StringComparison.Ordinal),
                    $"{passage.Id} contains the text of {footnote.Id}");
            }
        }
    }

    /// <summary>The numbered paragraphs whose id starts with <paramref name="scope"/> run 1, 2, 3… with no gap.</summary>
    public static void AssertNumberedInOrder(IReadOnlyList<Passage> passages, string scope, int expectedCount)
    {
        var numbers = passages
            .Where(p => p.Paragraph is not null && p.Letter is null && p.Id == scope + p.Paragraph)
            .Select(p => p.Paragraph!.Value)
            .ToList();
        Assert.Equal(Enumerable.Range(1, expectedCount), numbers);
    }
}
