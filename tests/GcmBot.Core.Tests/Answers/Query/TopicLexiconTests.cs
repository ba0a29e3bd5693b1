using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Answers.Query;

public sealed class TopicLexiconTests
{
    private static readonly TopicLexicon Lexicon = new(
    [
        new LexiconTopic(13, "Alternatives to detention", ["detention", "alternatives to detention"], [new LexiconParaphrase(["locking up", "kids in cages"], ["detention"])]),
        new LexiconTopic(16, "Inclusion", ["integration"], []),
        new LexiconTopic(11, "Manage borders", ["integrated border management"], []),
        new LexiconTopic(20, "Remittances", ["remittances"], [new LexiconParaphrase(["money they send home"], ["remittances"])]),
    ],
    [new LexiconParaphrase(["police"], ["law enforcement"])]);

    private static IReadOnlyList<LexiconMatch> Match(string text) => Lexicon.Match(text);

    [Fact]
    public void Match_StemsAndLittleWords_AreIgnored() =>
        Assert.Contains(Match("money migrants send back home"), m => m.Objective == 20 && m.Phrase == "money they send home");

    [Fact]
    public void Match_WordOrderWithinAWindow_IsFree() =>
        Assert.Contains(Match("home money sending"), m => m.Objective == 20);

    [Fact]
    public void Match_WordsTooFarApart_DoNotMatch() =>
        Assert.DoesNotContain(Match("money for the schools and hospitals of the people back home"), m => m.Objective == 20);

    [Fact]
    public void Match_PhraseOfOnlyOneContentWord_MatchesWordForWordWithSmallGaps()
    {
        Assert.Contains(Match("locking children up"), m => m.Phrase == "locking up");
        Assert.DoesNotContain(Match("locking doors"), m => m.Phrase == "locking up");
    }

    [Fact]
    public void Match_ContainedInLongerPhraseOfAnotherTopic_IsDropped()
    {
        var matches = Match("integrated border management");

        Assert.All(matches, m => Assert.Equal(11, m.Objective));
    }

    [Theory]
    // The corpus lexicon. Everyday wording from issue 16x, each written from an action of its objective: 6(h) forbids keeping
    // migrants' identity documents ("passport" alone is objective 4's term, inside the longer phrase it
    // does not count), 6(c) recruitment fees, 12(d) age assessment, 14 consular help, 8(f) remains.
    [InlineData("my employer kept my passport", 6)]
    [InlineData("I paid an agent for the job", 6)]
    [InlineData("age checks on children who arrive alone", 12)]
    [InlineData("getting help from their own government abroad", 14)]
    [InlineData("relatives could not bring the body home", 8)]
    public void Match_EverydayWording_PointsToTheObjectiveOfItsAction(string text, int objective)
    {
        var topics = AnswersTestCorpus.Lexicon.Match(text).Where(m => !m.IsSynonym).Select(m => m.Objective).Distinct();

        Assert.Equal([objective], topics);
    }

    [Fact]
    public void Match_GivesPositionsInTheOriginalText()
    {
        const string text = "What about LOCKING UP people?";

        var match = Assert.Single(Match(text));

        Assert.Equal("LOCKING UP", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void Match_Synonym_HasNoObjective()
    {
        var match = Assert.Single(Match("police"));

        Assert.True(match.IsSynonym);
        Assert.Equal(TopicLexicon.NoObjective, match.Objective);
    }

    [Fact]
    public void Match_TermAndParaphrase_AreToldApart()
    {
        Assert.False(Assert.Single(Match("remittances")).IsParaphrase);
        Assert.True(Assert.Single(Match("kids in cages")).IsParaphrase);
    }

    [Fact]
    public void Load_CorpusLexicon_HasEveryObjectiveWithItsShortName()
    {
        Assert.Equal(Enumerable.Range(1, 23), AnswersTestCorpus.Lexicon.Topics.Select(t => t.Objective));
        foreach (var objective in AnswersTestCorpus.Corpus.Objectives)
        {
            Assert.Equal(objective.ShortName, AnswersTestCorpus.Lexicon.Topic(objective.Number)!.ShortName);
        }
    }

    [Fact]
    public void Load_CorpusLexicon_EveryTermOccursInTheCorpus()
    {
        var missing = AnswersTestCorpus.Lexicon.Topics
            .SelectMany(t => t.Terms)
            .Where(term => Words.Split(term).Any(w => !IsStopWord(w.Text) && AnswersTestCorpus.Index.DocumentFrequency(w.Text) == 0 && AnswersTestCorpus.Index.DocumentFrequency(Spelling.Normalize(w.Text)) == 0))
            .ToList();

        Assert.Empty(missing);
    }

    // The index drops English stop words ("to", "of"), so they have no document frequency.
    private static bool IsStopWord(string word) =>
        GcmBot.Core.Search.Analysis.Tokens.Of(GcmBot.Core.Search.Analysis.CorpusAnalyzer.Index, word).Count == 0;

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        using var copy = new GcmBot.Core.Tests.Corpus.Manifest.CorpusCopy();
        File.Delete(copy.PathOf(TopicLexicon.FileName));

        var error = Assert.Throws<CorpusIntegrityException>(() => TopicLexicon.Load(CorpusDirectory.Open(copy.Path)));

        Assert.Contains($"corpus/{TopicLexicon.FileName}", error.Message, StringComparison.Ordinal);
    }
}
