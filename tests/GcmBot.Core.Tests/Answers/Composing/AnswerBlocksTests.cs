using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Tests.Answers.Composing;

public sealed class AnswerBlocksTests
{
    [Fact]
    public void Render_Remittances_ObjectiveThenDeclarationThenKenyaThenOtherDocuments()
    {
        var (title, blocks) = AnswerBlocks.Render(AnswersTestCorpus.Engine.Ask("what does it say about remittances"));

        Assert.Equal("“remittances”", title);
        var headings = blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();
        Assert.Equal("Objective 20 — Remittances", headings[0]);
        Assert.True(headings.IndexOf(AnswerBlocks.ProgressDeclarationHeading) < headings.IndexOf(AnswerBlocks.KenyaHeading));
        Assert.True(headings.IndexOf(AnswerBlocks.KenyaHeading) < headings.IndexOf(AnswerBlocks.OtherDocumentsHeading));
        Assert.Contains("§IV — Contributions of migrants and diaspora to all dimensions of sustainable development.", headings);
    }

    [Fact]
    public void Render_Objective20_NotesTheDefectAndListsZeroDraftActionsWithHighlights()
    {
        var (_, blocks) = AnswerBlocks.Render(AnswersTestCorpus.Engine.Ask("remittances"));

        Assert.Contains(blocks.OfType<TextBlock>(), t => t.Text.Contains("Zero Draft", StringComparison.Ordinal));
        var actions = blocks.OfType<ActionListBlock>().First().Items;
        Assert.All(actions, a => Assert.StartsWith("Zero Draft objective 20(", a.Citation, StringComparison.Ordinal));
        Assert.All(actions, a => Assert.StartsWith("zd/obj20/", a.PassageId, StringComparison.Ordinal));
        Assert.Contains(actions, a => a.Highlights.Count > 0);
    }

    [Fact]
    public void Render_EveryQuote_IsExactCorpusTextWithItsCitationAndPassage()
    {
        var (_, blocks) = AnswerBlocks.Render(AnswersTestCorpus.Engine.Ask("detention of children"));

        foreach (var quote in blocks.OfType<QuoteBlock>())
        {
            var passage = AnswersTestCorpus.Corpus.Passage(quote.PassageId);
            Assert.NotNull(passage);
            Assert.Contains(quote.Text, passage.Text, StringComparison.Ordinal);
            Assert.Equal(passage.Label, quote.Citation);
            Assert.All(quote.Highlights, h => Assert.True(h.Start + h.Length <= quote.Text.Length));
        }
    }

    [Fact]
    public void Render_NotFound_SaysSoAndQuotesOnlyClosestObjectiveTitles()
    {
        var answer = AnswersTestCorpus.Engine.Ask("smuglin");

        var (title, blocks) = AnswerBlocks.Render(answer);

        Assert.Equal("No match", title);
        Assert.StartsWith("Nothing in GcmBot's documents matches", blocks.OfType<TextBlock>().First().Text, StringComparison.Ordinal);
        var quote = Assert.Single(blocks.OfType<QuoteBlock>().Take(1));
        Assert.Equal("gcm/9", quote.PassageId);
        Assert.Contains(AnswerBlocks.Actions(answer), a => a.Command == "objective 9");
    }

    [Fact]
    public void Actions_Found_OfferTheObjectiveAndWhereElse()
    {
        var actions = AnswerBlocks.Actions(AnswersTestCorpus.Engine.Ask("remittances"));

        Assert.Equal(new ReplyAction("Objective 20", "objective 20", "Obj. 20"), actions[0]);
        Assert.Contains(new ReplyAction("Where else", "where remittances"), actions);
    }

    [Fact]
    public void CrossReferenceBlocks_Objective13_QuoteDeclarationThenKenya()
    {
        var blocks = new CrossReferenceBlocks(AnswersTestCorpus.Engine).For(13);

        Assert.Equal(AnswerBlocks.ProgressDeclarationHeading, ((HeadingBlock)blocks[0]).Text);
        Assert.Equal("Progress Declaration ¶31", ((QuoteBlock)blocks[1]).Citation);
        Assert.Contains(blocks, b => b is HeadingBlock { Text: AnswerBlocks.KenyaHeading });
        Assert.Contains(blocks.OfType<QuoteBlock>(), q => q.PassageId.StartsWith("kenya/I/", StringComparison.Ordinal));
    }

    [Fact]
    public void AnswerReplies_NotFound_HasNotFoundKind() =>
        Assert.Equal(ReplyKind.NotFound, AnswerReplies.For(AnswersTestCorpus.Engine.Ask("football")).Kind);
}
