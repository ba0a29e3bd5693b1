using GcmBot.Core.Replies;
using GcmBot.Core.Text;
using GcmBot.Discord.Rendering;

namespace GcmBot.Tests.Discord.Rendering;

public sealed class ReplyRendererTests
{
    private readonly ReplyRenderer _renderer = new();

    public static TheoryData<string, Reply> Replies() => SampleReplies.All();

    [Theory]
    [MemberData(nameof(Replies))]
    public void Render_AnyReply_EveryMessageWithinDiscordLimits(string name, Reply reply)
    {
        var messages = _renderer.Render(reply);

        Assert.InRange(messages.Count, 1, ReplyRenderer.MaxParts);
        foreach (var message in messages)
        {
            Assert.True(DiscordLimits.Violations(message).Count == 0, $"{name}: {string.Join(", ", DiscordLimits.Violations(message))}");
            Assert.NotEmpty(message.Embeds);
            Assert.Empty(message.AllowedMentions.Parse);
        }
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void Render_AnyReply_QuotesReadExactlyInOrder(string name, Reply reply)
    {
        var messages = _renderer.Render(reply);
        if (messages.Count == ReplyRenderer.MaxParts)
        {
            return; // Shortened replies are checked by Render_HugeReply_FooterSaysPartsWereDropped.
        }

        var words = RenderedText.Words(messages);
        var quotes = reply.Blocks.OfType<QuoteBlock>().Select(q => q.Text)
            .Concat(reply.Blocks.OfType<ActionListBlock>().SelectMany(l => l.Items).Select(i => i.Text))
            .Concat(reply.Blocks.OfType<TextBlock>().Select(t => t.Text));
        foreach (var quote in quotes)
        {
            Assert.True(RenderedText.ContainsRun(words, quote), $"{name}: text not rendered exactly: {quote[..Math.Min(80, quote.Length)]}");
        }
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void Render_AnyReply_ButtonsOnlyOnLastMessage(string name, Reply reply)
    {
        var messages = _renderer.Render(reply);

        Assert.True(messages.Take(messages.Count - 1).All(m => m.Components.Count == 0), $"{name}: buttons before the last part");
        Assert.All(messages[^1].Components.SelectMany(r => r.Components), b => Assert.StartsWith("gcm:", b.CustomId, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TitleOver256_ShortenedBetweenWordsWithMarker()
    {
        var title = SampleReplies.Prose(300, seed: 3);

        var embed = _renderer.Render(Reply.Simple(ReplyKind.Answer, title, "x"))[0].Embeds[0];

        Assert.True(embed.Title!.Length <= 256);
        Assert.EndsWith(" …", embed.Title, StringComparison.Ordinal);
        Assert.StartsWith(embed.Title[..^2], title, StringComparison.Ordinal);
        Assert.Equal(' ', title[embed.Title.Length - 2]);
    }

    [Fact]
    public void Render_WordLongerThanAPiece_CutInsideWithMarkersOnBothSides()
    {
        var word = new string('w', 5000);

        var description = _renderer.Render(new Reply(ReplyKind.Answer, "t", [new QuoteBlock(word, "Zero Draft ¶1", "zd/1")], [], []))
            .SelectMany(m => m.Embeds).Select(e => e.Description ?? "").ToList();
        var text = string.Join("\n\n", description);

        Assert.Contains("w…\n\n> …w", text, StringComparison.Ordinal);
        Assert.Equal(5000, text.Count(c => c == 'w'));
    }

    [Fact]
    public void Render_MarkdownInQuote_EscapedSoItShowsLiterally()
    {
        var quote = new QuoteBlock("13. States *commit* to __ensure__ `x` ||y|| <@1> [l](u) \\\n# H\n- item\n> q", "GCM ¶13", "gcm/13");

        var description = _renderer.Render(new Reply(ReplyKind.Answer, "t", [quote], [], []))[0].Embeds[0].Description;

        Assert.Equal(
            "> 13\\. States \\*commit\\* to \\_\\_ensure\\_\\_ \\`x\\` \\|\\|y\\|\\| \\<@1> \\[l\\](u) \\\\\n> \\# H\n> \\- item\n> \\> q\n— *GCM ¶13*",
            description);
    }

    [Fact]
    public void Render_MassMentionEchoedInTitleAndText_EscapedSoItShowsAsAWord()
    {
        var reply = new Reply(ReplyKind.NotFound, "“@everyone”", [new TextBlock("Nothing matches “@here @Everyone <@&123>”.")], [], []);

        var embed = _renderer.Render(reply)[0].Embeds[0];

        Assert.Equal("“\\@everyone”", embed.Title);
        Assert.Equal("Nothing matches “\\@here \\@Everyone \\<@&123>”.", embed.Description);
    }

    [Fact]
    public void Render_LinkInQuote_LeftUnescapedSoItStillWorks()
    {
        const string url = "https://www.un.org/en/ga/search/view_doc.asp?symbol=A/RES/73/195";

        var description = _renderer.Render(new Reply(ReplyKind.Answer, "t", [new QuoteBlock($"See {url} _now_", "c", "c")], [], []))[0].Embeds[0].Description;

        Assert.Contains(url + " \\_now\\_", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Highlights_BoldWithoutChangingText()
    {
        var quote = new QuoteBlock("alternatives to detention\nare preferred", "c", "c", [new TextRange(16, 13)]);

        var description = _renderer.Render(new Reply(ReplyKind.Answer, "t", [quote], [], []))[0].Embeds[0].Description;

        Assert.Equal("> alternatives to **detention**\n> **are** preferred\n— *c*", description);
    }

    [Fact]
    public void Render_ManyActions_AtMost25ButtonsInRowsOfFiveWithoutOverlongOrRepeatedIds()
    {
        var actions = Enumerable.Range(1, 30).Select(i => new ReplyAction($"Objective {i}", $"objective {i}")).ToList();
        actions.Insert(0, new ReplyAction("Too long", "ask " + new string('q', 100)));
        actions.Insert(1, new ReplyAction("Again", "objective 1"));

        var rows = _renderer.Render(Reply.Simple(ReplyKind.Help, "Help", "x", [.. actions]))[^1].Components;

        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(5, r.Components.Count));
        Assert.Equal("gcm:objective 1", rows[0].Components[0].CustomId);
        Assert.Equal("gcm:objective 25", rows[^1].Components[^1].CustomId);
    }

    [Fact]
    public void Render_PagedLongReply_FooterGivesPageAndPart()
    {
        var reply = SampleReplies.ManyQuotes(30, 900) with { Page = new PageInfo(2, 3) };

        var messages = _renderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.Equal($"Page 2 of 3 · Part 1 of {messages.Count}", messages[0].Embeds[^1].Footer?.Text);
        Assert.Equal($"Page 2 of 3 · Part {messages.Count} of {messages.Count}", messages[^1].Embeds[^1].Footer?.Text);
    }

    [Fact]
    public void Render_HugeReply_StopsAtMaxPartsAndFooterSaysPartsWereDropped()
    {
        var messages = _renderer.Render(SampleReplies.ManyQuotes(400, 900));

        Assert.Equal(ReplyRenderer.MaxParts, messages.Count);
        Assert.Contains("more part(s) not shown", messages[^1].Embeds[^1].Footer?.Text, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Empty(DiscordLimits.Violations(m)));
    }
}
