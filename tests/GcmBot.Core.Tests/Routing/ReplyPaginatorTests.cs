using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Tests.Routing;

public sealed class ReplyPaginatorTests
{
    // The typed form of a page, as the terminal uses it; the router passes its page tokens instead.
    private static readonly Func<int, string> AskX = n => $"ask x page {n}";

    // Three quotes fill most of a page; a fourth does not fit.
    private static QuoteBlock Quote(int n) => new(new string('x', ReplyPaginator.PageBudget * 3 / 10) + n, $"Source ¶{n}", $"s/{n}");

    private static Reply Long(int quotes) =>
        new(ReplyKind.Answer, "T", [new HeadingBlock("Heading"), .. Enumerable.Range(1, quotes).Select(Quote)], [], [new ReplyAction("Help", "help")]);

    [Fact]
    public void Page_ShortReply_IsReturnedWhole()
    {
        var reply = Long(2);
        Assert.Same(reply, ReplyPaginator.Page(reply, AskX, null));
    }

    [Fact]
    public void Page_LongReply_IsCutWithoutLosingOrRepeatingBlocks()
    {
        var full = Long(10);
        var first = ReplyPaginator.Page(full, AskX, null);
        var count = first.Page!.Count;
        var all = Enumerable.Range(1, count).SelectMany(n => ReplyPaginator.Page(full, AskX, n).Blocks).ToList();
        Assert.Equal(full.Blocks, all);
        Assert.All(Enumerable.Range(1, count), n => Assert.True(ReplyPaginator.Page(full, AskX, n).Blocks.Sum(ReplyPaginator.Size) <= ReplyPaginator.PageBudget));
    }

    [Fact]
    public void Page_MiddlePage_SaysWhereItIsAndLinksBothWays()
    {
        var page = ReplyPaginator.Page(Long(10), AskX, 2);
        Assert.Equal(new PageInfo(2, page.Page!.Count), page.Page);
        Assert.Contains(new ReplyAction("Previous page", "ask x page 1", "‹ Prev"), page.Actions);
        Assert.Contains(new ReplyAction("Next page", "ask x page 3", "Next ›"), page.Actions);
        Assert.Contains(new ReplyAction("Help", "help"), page.Actions);
        Assert.Equal("page 2 of 4", page.Page.Describe());
    }

    [Fact]
    public void Page_LongActionList_BreaksBetweenActionsOnly()
    {
        var items = Enumerable.Range(0, 12).Select(i => new ActionItem(((char)('a' + i)).ToString(), new string('y', ReplyPaginator.PageBudget / 5), $"GCM objective 1({(char)('a' + i)})", $"gcm/1/{(char)('a' + i)}", [])).ToList();
        var full = new Reply(ReplyKind.Answer, "T", [new ActionListBlock(items)], [], []);
        var count = ReplyPaginator.Page(full, n => $"objective 1 page {n}", null).Page!.Count;
        var letters = Enumerable.Range(1, count)
            .SelectMany(n => ReplyPaginator.Page(full, p => $"objective 1 page {p}", n).Blocks.OfType<ActionListBlock>().SelectMany(b => b.Items))
            .Select(i => i.Letter);
        Assert.Equal(items.Select(i => i.Letter), letters);
        Assert.True(count > 1);
    }

    [Fact]
    public void Page_HeadingAtPageEnd_MovesToTheNextPage()
    {
        var blocks = new List<ReplyBlock> { Quote(1), Quote(2), Quote(3), new HeadingBlock("In Kenya's position"), Quote(4) };
        var page2 = ReplyPaginator.Page(new Reply(ReplyKind.Answer, "T", blocks, [], []), AskX, 2);
        Assert.IsType<HeadingBlock>(page2.Blocks[0]);
    }

    [Fact]
    public void Page_TwoHeadingsAtPageEnd_BothMoveToTheNextPage()
    {
        var blocks = new List<ReplyBlock> { Quote(1), Quote(2), Quote(3), new HeadingBlock("In Kenya's position"), new HeadingBlock("§IV"), Quote(4) };
        var full = new Reply(ReplyKind.Answer, "T", blocks, [], []);
        Assert.IsType<QuoteBlock>(ReplyPaginator.Page(full, AskX, 1).Blocks[^1]);
        Assert.Equal([new HeadingBlock("In Kenya's position"), new HeadingBlock("§IV")], ReplyPaginator.Page(full, AskX, 2).Blocks.Take(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void Page_OutOfRange_IsAFriendlyError(int page)
    {
        var reply = ReplyPaginator.Page(Long(10), AskX, page);
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("pages 1 to 4", Assert.IsType<TextBlock>(reply.Blocks[0]).Text, StringComparison.Ordinal);
    }
}
