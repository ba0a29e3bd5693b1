using System.Diagnostics;
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
        var renderer = Renderer();
        renderer.Render(reply);

        // Measuring every growing prefix re-serialises the card once per segment: quadratic, about
        // 80 × 40 segments' worth of JSON here, tens of milliseconds; the card itself takes one.
        var started = Stopwatch.GetTimestamp();
        renderer.Render(reply);
        var elapsed = Stopwatch.GetElapsedTime(started);

        Assert.True(elapsed < TimeSpan.FromMilliseconds(15), $"rendering {Quotes} segments took {elapsed.TotalMilliseconds:0.0} ms");
    }

    private static AdaptiveCardRenderer Renderer() => new(Options.Create(new TeamsOptions { MessageBudgetBytes = Budget }));

    private static Reply ManyShortQuotes() => new(
        ReplyKind.Answer,
        "Search results",
        [.. Enumerable.Range(1, Quotes).Select(n => new QuoteBlock($"Point {n}: States cooperate.", $"Zero Draft ¶{n}", $"zd/{n}"))],
        [],
        [new ReplyAction("More", "search cooperation page 2")]);
}
