using GcmBot.Core.Text;

namespace GcmBot.Core.Tests.Text;

public sealed class SentencesContainingTests
{
    [Theory]
    [InlineData("One in 2018. Two in 2019. Three.", "2019", "Two in 2019.")]
    [InlineData("One in 2018. Two in 2019. Three.", "2018", "One in 2018.")]
    [InlineData("One. Two ends without a stop in 2020 ", "2020", "Two ends without a stop in 2020")]
    [InlineData("Held in New York, USA on 5th February, 2018. Then more.", "5th February, 2018", "Held in New York, USA on 5th February, 2018.")]
    public void Containing_Phrase_ReturnsItsSentenceExactly(string text, string phrase, string expected) =>
        Assert.Equal(expected, Sentences.Containing(text, phrase));

    [Fact]
    public void Containing_PhraseAbsent_Throws() =>
        Assert.Throws<ArgumentException>(() => Sentences.Containing("No date here.", "2026"));
}
