using GcmBot.Core.Digest;

namespace GcmBot.Core.Tests.Digest;

public sealed class NumberedParagraphsTests
{
    private static readonly string[] Lines =
    [
        "44. Considering the forum, we decide that:",
        "- a) First item",
        " - c) Third item in 2026",
        "45. Next paragraph",
        "(a) Lettered in brackets",
    ];

    [Theory]
    [InlineData(44, null, "Considering the forum, we decide that:")]
    [InlineData(44, "a", "First item")]
    [InlineData(44, "c", "Third item in 2026")]
    [InlineData(45, "a", "Lettered in brackets")]
    public void Find_ParagraphOrItem_ReturnsTextAfterTheMarker(int paragraph, string? item, string expected) =>
        Assert.Equal(expected, NumberedParagraphs.Find(Lines, paragraph, item));

    [Theory]
    [InlineData(44, "b")]
    [InlineData(46, null)]
    public void Find_Absent_ReturnsNull(int paragraph, string? item) =>
        Assert.Null(NumberedParagraphs.Find(Lines, paragraph, item));

    [Theory]
    [InlineData("One in 2018. Two in 2019. Three.", "2019", "Two in 2019.")]
    [InlineData("One in 2018. Two in 2019. Three.", "2018", "One in 2018.")]
    [InlineData("One. Two ends without a stop in 2020 ", "2020", "Two ends without a stop in 2020")]
    [InlineData("Held in New York, USA on 5th February, 2018. Then more.", "5th February, 2018", "Held in New York, USA on 5th February, 2018.")]
    public void SentenceContaining_Phrase_ReturnsItsSentenceExactly(string text, string phrase, string expected) =>
        Assert.Equal(expected, NumberedParagraphs.SentenceContaining(text, phrase));
}
