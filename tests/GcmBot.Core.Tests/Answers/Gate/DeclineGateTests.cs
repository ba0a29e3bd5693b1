using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Answers.Gate;

public sealed class DeclineGateTests
{
    [Fact]
    public void Ask_ShortNameOrTitleAlone_IsNeverDeclined()
    {
        var engine = AnswersTestCorpus.SemanticEngine;

        foreach (var objective in AnswersTestCorpus.Corpus.Objectives)
        {
            Assert.False(engine.Ask(objective.ShortName).IsDeclined, objective.ShortName);
            Assert.False(engine.Ask(objective.Title).IsDeclined, objective.Title);
        }

        Assert.False(engine.Ask("detention").IsDeclined);
        Assert.False(engine.Ask("remittances").IsDeclined);
    }

    [Theory]
    [InlineData("best smartphone under 300 dollars")]
    [InlineData("how do I learn to play guitar")]
    [InlineData("who is the richest person in the world")]
    public void Ask_OffTopicFromTheIssue_QuotesNothing(string question)
    {
        var answer = AnswersTestCorpus.SemanticEngine.Ask(question);

        Assert.True(answer.IsDeclined, question);
        Assert.Empty(answer.AllQuotes);
    }

    [Fact]
    public void Ask_References_AreNeverDeclined()
    {
        Assert.False(AnswersTestCorpus.SemanticEngine.Ask("objective 13").IsDeclined);
        Assert.False(AnswersTestCorpus.SemanticEngine.Ask("PD 67").IsDeclined);
    }

    [Fact]
    public void Ask_ModelNotReady_GivesTheLexicalAnswerUnchanged()
    {
        var notReady = new SemanticSearch(AnswersTestCorpus.Semantic.Passages, AnswersTestCorpus.Semantic.Anchors, new NotReadyEmbedder());
        var engine = new GcmBot.Core.Answers.AnswerEngine(AnswersTestCorpus.Corpus, AnswersTestCorpus.Index, AnswersTestCorpus.Lexicon, AnswersTestCorpus.Crosswalk, notReady);

        var question = "best smartphone under 300 dollars";
        var answer = engine.Ask(question);

        Assert.False(answer.IsDeclined);
        Assert.Equal(AnswersTestCorpus.Engine.Ask(question).AllQuotes.Select(q => q.Passage.Id), answer.AllQuotes.Select(q => q.Passage.Id));
    }

    private sealed class NotReadyEmbedder : ITextEmbedder
    {
        public bool IsReady => false;

        public float[]? TryEncode(string text) => null;
    }
}
