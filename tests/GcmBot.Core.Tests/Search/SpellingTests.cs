using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Search;

public sealed class SpellingTests
{
    [Theory]
    [InlineData("recognise", "recognize")]
    [InlineData("recognised", "recognized")]
    [InlineData("organisation", "organization")]
    [InlineData("labour", "labor")]
    [InlineData("centres", "centers")]
    [InlineData("programme", "program")]
    [InlineData("detention", "detention")]
    [InlineData("rise", "rise")]
    public void Normalize_BritishSpelling_BecomesAmerican(string word, string expected) =>
        Assert.Equal(expected, Spelling.Normalize(word));

    [Theory]
    [InlineData("recognising", "recognizing")]
    [InlineData("labor", "labour")]
    [InlineData("centers", "centres")]
    public void Variants_GiveTheOtherSpelling(string word, string variant) =>
        Assert.Equal([variant], Spelling.Variants(word));

    [Fact]
    public void Variants_WordWithoutADifferingEnding_HasNone() =>
        Assert.Empty(Spelling.Variants("remittances"));
}
