using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Core.Tests.Search;

// Typos are corrected to the corpus's word over the index's term dictionary. Expectations come from
// the words' spelling: each typo below is one or two edits from a word the documents use.
public sealed class TypoTests
{
    private static PassageIndex Index => AnswersTestCorpus.Index;

    [Theory]
    [InlineData("remitances", "remittances")]
    [InlineData("detension", "detention")]
    [InlineData("trafficing", "trafficking")]
    [InlineData("goverment", "government")]
    public void Ask_Typo_FindsWhatTheCorrectSpellingFinds(string typo, string word)
    {
        var wrong = AnswersTestCorpus.Engine.Ask($"what does it say about {typo}");
        var right = AnswersTestCorpus.Engine.Ask($"what does it say about {word}");

        Assert.NotEmpty(right.RankedObjectives);
        Assert.Equal(right.RankedObjectives, wrong.RankedObjectives);
        Assert.Equal(Ids(right), Ids(wrong));
    }

    [Fact]
    public void Correction_WordsOfTheDocuments_AreNeverCorrected()
    {
        // Every word of every objective's title and actions is spelled as the documents spell it.
        var words = AnswersTestCorpus.Corpus.Objectives
            .SelectMany(o => o.Actions.Select(a => a.Text).Append(o.Title))
            .SelectMany(t => Words.Split(t))
            .Select(w => w.Text)
            .Distinct()
            .ToList();

        Assert.DoesNotContain(words, w => Index.Correction(w) is not null);
    }

    [Theory]
    [InlineData("movie")] // "move" is one edit away
    [InlineData("score")] // "scope"
    [InlineData("police")] // "policy"
    [InlineData("teaching")] // "tracking", two edits
    [InlineData("diplomas")] // "diplomacy"; the plural of a listed word
    public void Correction_RealEnglishWordsTheCorpusDoesNotUse_AreNotCorrected(string word) =>
        Assert.Null(Index.Correction(word));

    [Theory]
    [InlineData("xqzvbnm")]
    [InlineData("blorptastic")]
    [InlineData("smartphone")]
    public void Correction_NonsenseAndOffTopicWords_MatchNothing(string word)
    {
        Assert.Null(Index.Correction(word));
        Assert.Equal(0, Index.DocumentFrequency(word));
    }

    [Fact]
    public void Correction_ShortWords_AreNeverCorrected() =>
        Assert.Null(Index.Correction("migr")); // "migrant" is a typo away, but four letters say too little

    [Theory]
    [InlineData("best smartphone under 300 dollars")]
    [InlineData("what's the best movie this year")]
    [InlineData("what is a good credit score")]
    public void Parse_OffTopicQuestion_IsReadAsWithoutTypoCorrection(string question)
    {
        var withCorrection = AnswersTestCorpus.Engine.Parser.Parse(question);
        var without = new QueryParser(AnswersTestCorpus.Lexicon).Parse(question);

        Assert.Equal(without.Words, withCorrection.Words);
        Assert.Equal(without.Topics, withCorrection.Topics);
    }

    [Fact]
    public void Parse_Typo_ShowsTheTopicAsTyped()
    {
        var query = AnswersTestCorpus.Engine.Parser.Parse("what does it say about remitances");

        Assert.Equal("remitances", query.Topic);
        Assert.Contains("remittances", query.Words);
    }

    private static List<string> Ids(Answer answer) =>
        [.. answer.Objectives.SelectMany(o => o.Actions).Concat(answer.ProgressDeclaration).Concat(answer.Kenya.SelectMany(k => k.Items)).Select(q => q.Passage.Id)];
}
