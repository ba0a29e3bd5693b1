using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;

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
    public void TokensOf_EveryCorpusWord_HasTheStemTheLexiconsChainGivesItAlone()
    {
        // A phrase's rules hold the stems of the lexicon's chain (folding, British endings made American, Porter); a
        // question's words are stemmed one by one through the stem memo. The expected stem is the chain's own, run on
        // the word alone (a text that is not one word is kept as it is).
        var chain = LexiconAnalyzers.Stems(null, 0);
        var words = AnswersTestCorpus.Corpus.Passages.SelectMany(p => Words.Split(p.Text)).Select(w => w.Text).Distinct().ToList();

        var differ = words
            .Where(w => TopicLexicon.TokensOf([new Word(w, 0, w.Length)]).All[0].Term != (Tokens.Of(chain, w) is [var only] ? only.Term : w))
            .ToList();

        Assert.Empty(differ);
        Assert.Contains(words, w => Spelling.Normalize(w) != w);
    }

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
