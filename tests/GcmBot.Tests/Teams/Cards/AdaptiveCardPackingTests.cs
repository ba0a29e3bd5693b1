using GcmBot.Core.Replies;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams.Cards;

/// <summary>How the renderer packs segments into cards: the result, and what finding it costs.</summary>
public sealed class AdaptiveCardPackingTests
{
    private const int Budget = 80_000;
    private const int Quotes = 80;

    [Fact]
    public void Render_ManySegmentsThatFitOneCard_IsOneCardHoldingEverySegment()
    {
        var reply = ManyShortQuotes();

        var activity = Assert.Single(Renderer().Render(reply));

        var json = activity.Attachments![0].Content!.ToJsonString();
        Assert.All(Enumerable.Range(1, Quotes), n => Assert.Contains($"\"Point {n}: ", json, StringComparison.Ordinal));
        Assert.True(AdaptiveCardRenderer.SizeInBytes(activity) <= Budget);
    }

    [Fact]
    public void Render_ManySegmentsThatFitOneCard_CostsAboutOneCardNotOnePerSegment()
    {
        var reply = ManyShortQuotes();
        var half = ManyShortQuotes(Quotes / 2);
        Renderer().Render(reply);
        Renderer().Render(half);

        // Cost in allocated bytes, not wall-clock time (which depends on the machine's load), compared
        // between twice the segments and the same reply with half of them. Work proportional to the
        // card (build it, measure it once) doubles with the segments; measuring every growing prefix
        // (1 + 2 + ... + n segments' worth of JSON) quadruples. Three times lies between the two.
        // A new renderer each time: a renderer keeps each reply's rendering, so rendering the same reply
        // again on it is a lookup that costs nothing and would compare nothing (the two above warm up).
        var full = Allocated(() => Renderer().Render(reply));
        var halved = Allocated(() => Renderer().Render(half));

        Assert.True(full < 3 * halved, $"{Quotes} segments allocated {full} bytes, {Quotes / 2} segments {halved}");
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static AdaptiveCardRenderer Renderer() => new(Options.Create(new TeamsOptions { MessageBudgetBytes = Budget }));

    private static Reply ManyShortQuotes(int quotes = Quotes) => new(
        ReplyKind.Answer,
        "Search results",
        [.. Enumerable.Range(1, quotes).Select(n => new QuoteBlock($"Point {n}: States cooperate.", $"Zero Draft ¶{n}", $"zd/{n}"))],
        [],
        [new ReplyAction("More", "search cooperation page 2")]);
}
