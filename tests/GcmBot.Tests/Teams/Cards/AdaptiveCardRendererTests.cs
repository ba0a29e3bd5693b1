using System.Text.Json.Nodes;
using GcmBot.Core.Replies;
using GcmBot.Core.Text;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams.Cards;

public sealed class AdaptiveCardRendererTests
{
    [Fact]
    public void Render_Objective_IsOneAdaptiveCard15WithVerbatimActionsAndCitations()
    {
        var activity = Assert.Single(Renderer().Render(SampleReplies.Objective13()));

        var card = CardOf(activity);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var items = RichTexts(card).ToList();
        Assert.Contains($"(h) {SampleReplies.ActionH} — GCM objective 13(h)", items);
        Assert.Contains($"(d) {SampleReplies.ActionD} — GCM objective 13(d)", items);
        Assert.Contains(SampleReplies.Title13, items);
        Assert.Contains("— GCM objective 13", items);
        Assert.Contains(Texts(card), t => t == "page 1 of 2");
    }

    [Fact]
    public void Render_Highlight_IsABoldRunOfTheExactRange()
    {
        var card = CardOf(Assert.Single(Renderer().Render(SampleReplies.Objective13())));

        var bold = card.ToJsonString().Contains("{\"type\":\"TextRun\",\"text\":\"child\",\"weight\":\"Bolder\"}", StringComparison.Ordinal);

        Assert.True(bold);
    }

    [Fact]
    public void Render_Actions_AreSubmitButtonsCarryingTheCommand()
    {
        var card = CardOf(Assert.Single(Renderer().Render(SampleReplies.Objective13())));

        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Action.Submit", "Action.Submit"], actions.Select(a => (string?)a!["type"]));
        Assert.Equal("Next page", (string?)actions[0]!["title"]);
        Assert.Equal("objective 13 page 2", (string?)actions[0]!["data"]!["command"]);
    }

    // Issue 15: a page button's data is an opaque token; the fallback text lists only what a person can type.
    [Fact]
    public void Render_FallbackText_LeavesOutPageTokensButListsCommands()
    {
        var reply = SampleReplies.Objective13() with
        {
            Actions = [new ReplyAction("Next page", "~AbCdEfGhIjKl.2"), new ReplyAction("Objective 14", "objective 14")],
        };

        var fallback = (string)CardOf(Assert.Single(Renderer().Render(reply)))["fallbackText"]!;

        Assert.DoesNotContain("~AbCdEfGhIjKl", fallback, StringComparison.Ordinal);
        Assert.Contains("objective 14 (Objective 14)", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FallbackText_HoldsTheQuotesVerbatim()
    {
        var card = CardOf(Assert.Single(Renderer().Render(SampleReplies.Objective13())));

        var fallback = (string)card["fallbackText"]!;
        Assert.Contains($"(h) {SampleReplies.ActionH} — GCM objective 13(h)", fallback, StringComparison.Ordinal);
        Assert.Contains("objective 13 page 2", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MarkdownLikeCorpusText_IsSentAsLiteralTextRuns()
    {
        const string text = "1. States *shall* cooperate_in good faith";
        var reply = new Reply(ReplyKind.Answer, "Zero Draft ¶1", [new QuoteBlock(text, "Zero Draft ¶1", "zd/1")], [], []);

        var card = CardOf(Assert.Single(Renderer().Render(reply)));

        Assert.Contains(text, RichTexts(card));
        Assert.DoesNotContain(Texts(card), t => t.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_MarkdownTypedByTheUser_EchoedAsLiteralRunsNotAsALink()
    {
        const string typed = "[Sign in again](https://evil.example/login) **now**";
        var reply = Reply.Simple(ReplyKind.NotFound, $"“{typed}”", $"Nothing in GcmBot's documents matches “{typed}”.");

        var card = CardOf(Assert.Single(Renderer().Render(reply)));

        Assert.Contains($"“{typed}”", RichTexts(card));
        Assert.Contains($"Nothing in GcmBot's documents matches “{typed}”.", RichTexts(card));
        Assert.DoesNotContain(Texts(card), t => t.Contains("evil.example", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LongReply_SplitsIntoMessagesUnderTheBudgetKeepingEveryQuoteExact()
    {
        var quotes = Enumerable.Range(1, 40)
            .Select(n => new QuoteBlock($"Paragraph {n}: " + string.Concat(Enumerable.Repeat(SampleReplies.ActionD + " ", 3)), $"Zero Draft ¶{n}", $"zd/{n}"))
            .ToList();
        var reply = new Reply(ReplyKind.Answer, "Search results", quotes, [], [new ReplyAction("More", "search detention page 2")]);

        var messages = Renderer().Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(AdaptiveCardRenderer.SizeInBytes(m) <= 30_000));
        Assert.Equal(quotes.Select(q => q.Text), messages.SelectMany(m => RichTexts(CardOf(m))).Where(t => t.StartsWith("Paragraph", StringComparison.Ordinal)));
        Assert.All(messages.SkipLast(1), m => Assert.Null(CardOf(m)["actions"]));
        Assert.NotNull(CardOf(messages[^1])["actions"]);
        Assert.EndsWith("(continued)", RichTexts(CardOf(messages[1])).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuoteLongerThanAMessage_IsCutIntoPiecesThatJoinToTheOriginal()
    {
        var text = string.Concat(Enumerable.Repeat(SampleReplies.ActionH + " ", 60)).TrimEnd();
        var reply = new Reply(ReplyKind.Answer, "Kenya position", [new QuoteBlock(text, "Kenya position, Introduction", "kenya/intro/1")], [], []);

        var messages = Renderer().Render(reply);

        var pieces = messages.SelectMany(m => RichTexts(CardOf(m)).Skip(1)).Where(t => !t.StartsWith('—')).ToList();
        Assert.True(pieces.Count > 1);
        Assert.Equal(text, string.Concat(pieces));
        Assert.Equal(pieces.Count, messages.SelectMany(m => RichTexts(CardOf(m))).Count(t => t == "— Kenya position, Introduction"));
        Assert.All(messages, m => Assert.True(AdaptiveCardRenderer.SizeInBytes(m) <= 30_000));
    }

    [Fact]
    public void Render_QuoteWithALongUrl_CutIntoBlocksThatReadAsTheExactText()
    {
        // Secretary-General's report footnote 8, as in the corpus: its URL has 98 characters without a space.
        const string text = "United Nations, “Trends in international migration”, December 2015, No. 2015/4 " +
            "(<http://www.un.org/en/development/desa/population/migration/publications/populationfacts/docs/MigrationPopFacts20154.pdf>).";
        var reply = new Reply(ReplyKind.Answer, "Footnote", [new QuoteBlock(text, "Secretary-General's report A/72/643 footnote 8", "sg/fn/8", [new TextRange(17, 6)])], [], []);

        var card = CardOf(Assert.Single(Renderer().Render(reply)));

        var quote = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Container")!["items"]!.AsArray();
        var blocks = quote.SkipLast(1).Select(b => string.Concat(b!["inlines"]!.AsArray().Select(r => (string?)r!["text"]))).ToList();
        Assert.True(blocks.Count > 1);
        Assert.Equal(text, string.Concat(blocks));
        Assert.All(blocks, b => Assert.All(b.Split(' '), word => Assert.InRange(word.Length, 0, CardElements.MaxUnbroken)));
        Assert.All(quote.Skip(1).SkipLast(1), b => Assert.Equal("None", (string?)b!["spacing"]));
        Assert.Contains("{\"type\":\"TextRun\",\"text\":\"Trends\",\"weight\":\"Bolder\"}", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyActions_GoInRowsOfFiveInOrder()
    {
        var actions = Enumerable.Range(1, 12).Select(n => new ReplyAction($"Objective {n}", $"objective {n}")).ToArray();
        var reply = Reply.Simple(ReplyKind.Help, "Objectives", "Pick one.", actions);

        var card = CardOf(Assert.Single(Renderer().Render(reply)));

        var rows = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet").ToList();
        Assert.Equal([5, 5, 2], rows.Select(r => r!["actions"]!.AsArray().Count));
        Assert.Equal(actions.Select(a => a.Command), rows.SelectMany(r => r!["actions"]!.AsArray()).Select(a => (string?)a!["data"]!["command"]));
    }

    private static AdaptiveCardRenderer Renderer() => new(Options.Create(new GcmBot.Teams.TeamsOptions()));

    private static JsonObject CardOf(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return attachment.Content!.AsObject();
    }

    private static IEnumerable<string> RichTexts(JsonNode node) =>
        Elements(node).Where(e => (string?)e["type"] == "RichTextBlock")
            .Select(e => string.Concat(e["inlines"]!.AsArray().Select(run => (string?)run!["text"])));

    private static IEnumerable<string> Texts(JsonNode node) =>
        Elements(node).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!);

    private static IEnumerable<JsonObject> Elements(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Elements))
            {
                yield return child;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().SelectMany(Elements))
            {
                yield return child;
            }
        }
    }
}
