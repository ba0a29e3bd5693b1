using GcmBot.Core.Answers.Query;

namespace GcmBot.Core.Tests.Answers.Query;

// The lexicon is a Lucene SynonymMap walked with gaps: these are the cases Lucene's own greedy,
// consecutive-words SynonymFilter would get wrong, and the spelling fold before stemming.
public sealed class LexiconSynonymsTests
{
    private static readonly TopicLexicon Lexicon = new(
    [
        new LexiconTopic(6, "Fair recruitment", ["labour exploitation"], []),
        new LexiconTopic(20, "Remittances", ["remittances"], [new LexiconParaphrase(["sending money home", "money home"], ["remittances"])]),
        new LexiconTopic(2, "Drivers", ["drivers"], [new LexiconParaphrase(["home country jobs"], ["drivers"])]),
    ]);

    [Fact]
    public void Match_AmericanSpelling_FindsTheBritishPhrase() =>
        Assert.Contains(Lexicon.Match("labor exploitation"), m => m.Objective == 6);

    [Fact]
    public void Match_ShorterPhraseOfTheSameTopicInsideALongerOne_IsAlsoFound()
    {
        var phrases = Lexicon.Match("sending money home").Select(m => m.Phrase).ToList();

        Assert.Contains("sending money home", phrases);
        Assert.Contains("money home", phrases);
    }

    [Fact]
    public void Match_PhrasesThatOverlap_AreBothFound()
    {
        // "money home" (20) and "home country jobs" (2) share "home"; neither lies inside the other.
        var objectives = Lexicon.Match("money home country jobs").Select(m => m.Objective).ToList();

        Assert.Contains(20, objectives);
        Assert.Contains(2, objectives);
    }

    [Fact]
    public void Match_MoreThanMaxGapOtherWordsInAll_DoNotMatchAnUnorderedPhrase()
    {
        // Three content words between the phrase's words of "sending money home": one more than MaxGap.
        Assert.Contains(Lexicon.Match("sending money to family back home"), m => m.Phrase == "sending money home");
        Assert.DoesNotContain(Lexicon.Match("sending money to distant family back home"), m => m.Phrase == "sending money home");
    }
}
