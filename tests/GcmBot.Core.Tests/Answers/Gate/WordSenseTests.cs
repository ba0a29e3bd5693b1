using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Answers.Gate;

public sealed class WordSenseTests
{
    [Fact]
    public void Mean_CorpusWordInAnotherSense_IsBelowTheSameWordInTheCorpusSense()
    {
        // Both questions' rarest corpus word is "border"; CSS borders have nothing to do with the
        // passages about border management, crossings at a border do.
        var css = Sense("how do I put a dotted border around a table cell in css");
        var crossing = Sense("how are people treated when they cross the border between two countries");

        Assert.True(css < crossing, $"css {css:F3}, crossing {crossing:F3}");
    }

    [Fact]
    public void Mean_IsOverThePassagesOfTheRarestKnownWord()
    {
        var question = "migrants sending remittances";
        var profile = Profile(question);
        var index = AnswersTestCorpus.Index;

        // "remittances" is used by far fewer passages than "migrants", so its passages decide.
        Assert.True(index.PassagesWith("remittances").Count < index.PassagesWith("migrants").Count);
        var expected = index.PassagesWith("remittances").Average(row => (double)profile[row]);
        Assert.Equal(expected, WordSense.Mean(["migrants", "remittances"], index, profile), 6);
    }

    [Fact]
    public void Mean_NoWordTheCorpusUses_IsTheNearestTenMean()
    {
        var profile = Profile("smartphone");

        Assert.Equal(profile.TopMean, WordSense.Mean(["smartphone", "zzqx"], AnswersTestCorpus.Index, profile));
    }

    private static double Sense(string question) =>
        WordSense.Mean(AnswersTestCorpus.SemanticEngine.Parser.Parse(question).Words, AnswersTestCorpus.Index, Profile(question));

    private static SimilarityProfile Profile(string question) =>
        SimilarityProfile.Of(AnswersTestCorpus.Semantic.Encode(question)!, AnswersTestCorpus.Semantic.Passages);
}
