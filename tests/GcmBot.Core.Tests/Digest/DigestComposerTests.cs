using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Tests.Digest;

public sealed class DigestComposerTests
{
    private readonly DigestComposer _composer = new(TestCalendar.Calendar);

    // Expected lines come from corpus/forum-calendar.json: Zero Draft ¶44(c) names IMRFs in 2022, 2026 and 2030,
    // ¶45(a) regional forums in 2020, 2024 and 2028, all dated by year only. In 2026 the 2026 IMRF's date is unknown,
    // so it is "this year (the documents give no date)", and 2028 and 2030 are certainly still ahead.
    [Theory]
    [InlineData("2026-11-22")]
    [InlineData("2026-12-04")]
    public void Compose_LateIn2026_ListsEveryForumStillAhead(string day)
    {
        var next = Section(_composer.Compose(DateOnly.Parse(day, null)), "Next review forums");

        var lines = next.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("International Migration Review Forum: 2026 — this year (the documents give no date). ", lines[0], StringComparison.Ordinal);
        Assert.Contains("Zero Draft of 5 February 2018, a draft", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Regional Migration Review Forums: 2028 — in 2 years. The documents give the year only.", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("International Migration Review Forum: 2030 — in 4 years. The documents give the year only.", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("(Zero Draft ¶44(c), quoted above.)", lines[2], StringComparison.Ordinal);
        Assert.Equal(["Zero Draft ¶44(c)", "Zero Draft ¶45(a)"], next.OfType<QuoteBlock>().Select(q => q.Citation));
        Assert.DoesNotContain(lines, l => l.Contains("may already have taken place", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_15January2027_RegionalForums2028ThenTheForum2030()
    {
        var next = Section(_composer.Compose(new DateOnly(2027, 1, 15)), "Next review forums");

        var lines = next.OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("Regional Migration Review Forums: 2028 — next year. The documents give the year only.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("International Migration Review Forum: 2030 — in 3 years. The documents give the year only.", lines[1], StringComparison.Ordinal);
        Assert.Equal(["zd/45/a", "zd/44/c"], next.OfType<QuoteBlock>().Select(q => q.PassageId));
    }

    [Fact]
    public void Compose_EveryDay2016To2031_EveryMilestoneLineCarriesItsCitation()
    {
        var days = Enumerable.Range(0, 16 * 366).Select(i => new DateOnly(2016, 1, 1).AddDays(i));

        Assert.All(days, day =>
        {
            var blocks = _composer.Compose(day).Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is TextBlock { Text: var text } && text.Contains(" — ", StringComparison.Ordinal))
                {
                    Assert.True(
                        (i + 1 < blocks.Count && blocks[i + 1] is QuoteBlock) || text.EndsWith(", quoted above.)", StringComparison.Ordinal),
                        $"{day}: \"{text}\" has no citation");
                }
            }
        });
    }

    [Fact]
    public void Compose_22November2026_MostRecentAndComingYear()
    {
        var reply = _composer.Compose(new DateOnly(2026, 11, 22));

        var recent = Section(reply, "Most recent review forums").OfType<TextBlock>().Select(t => t.Text).ToList();
        Assert.StartsWith("First International Migration Review Forum (adopted the Progress Declaration): 17–20 May 2022 — ended 1647 days ago.", recent[0], StringComparison.Ordinal);
        Assert.StartsWith("Regional Migration Review Forums: 2024 — 2 years ago.", recent[1], StringComparison.Ordinal);
        var coming = Section(reply, "Other milestones until 22 November 2027");
        Assert.Equal(["zd/44/d"], coming.OfType<QuoteBlock>().Select(q => q.PassageId));
    }

    [Fact]
    public void Compose_DuringTheFirstForum_SaysItIsUnderWay()
    {
        var reply = _composer.Compose(new DateOnly(2022, 5, 18));

        var first = Section(reply, "Next review forums").OfType<TextBlock>().First().Text;
        Assert.Equal("First International Migration Review Forum (adopted the Progress Declaration): 17–20 May 2022 — under way (day 2 of 4).", first);
    }

    [Fact]
    public void Compose_AfterTheLastDatedForum_SaysNoneIsDated()
    {
        var reply = _composer.Compose(new DateOnly(2031, 1, 1));

        var next = Assert.Single(Section(reply, "Next review forums"));
        Assert.Equal(new TextBlock("The documents date no review forum after this day."), next);
        Assert.Equal(
            new TextBlock("No other milestone in the documents falls in the next twelve months."),
            Assert.Single(Section(reply, "Other milestones until 1 January 2032")));
    }

    [Theory]
    [InlineData("2018-01-01")]
    [InlineData("2024-09-15")]
    [InlineData("2026-11-22")]
    [InlineData("2029-06-30")]
    public void Compose_AnyDay_EveryQuoteIsVerbatimCorpusText(string day)
    {
        var reply = _composer.Compose(DateOnly.Parse(day, null));
        var corpus = string.Join('\n', Directory.GetFiles(TestCorpus.Directory, "*.txt").Select(File.ReadAllText));

        Assert.All(reply.Blocks.OfType<QuoteBlock>(), q => Assert.Contains(q.Text, corpus, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_YearPrecision_NeverCountsDays()
    {
        var reply = _composer.Compose(new DateOnly(2025, 3, 1));

        var texts = reply.Blocks.OfType<TextBlock>().Select(t => t.Text).Where(t => t.Contains(": 20", StringComparison.Ordinal) && !t.Contains("May 2022", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(" days", t, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_EveryDay2016To2031_FitsOnePage()
    {
        // A posted digest is not paged, so it must fit one page on every surface.
        var days = Enumerable.Range(0, 16 * 366).Select(i => new DateOnly(2016, 1, 1).AddDays(i));

        Assert.All(days, day => Assert.Single(ReplyPaginator.Split(_composer.Compose(day).Blocks)));
    }

    private static List<ReplyBlock> Section(Reply reply, string heading) =>
        [.. reply.Blocks
            .SkipWhile(b => b != new HeadingBlock(heading) as ReplyBlock)
            .Skip(1)
            .TakeWhile(b => b is not HeadingBlock && !(b is TextBlock t && t.Text.StartsWith("Dates are given", StringComparison.Ordinal)))];
}
