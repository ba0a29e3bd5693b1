using System.Text;
using System.Text.Json;
using GcmBot.Core.Replies;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams.Cards;

/// <summary>The message budget is UTF-8 bytes of the serialised activity, as sent and as Teams counts it.</summary>
public sealed class CardBudgetTests
{
    // 28 KB: what Teams is documented to accept for one message, the budget the reviewers used.
    private const int TeamsBudget = 28_672;

    [Fact]
    public void SizeInBytes_IsTheUtf8LengthOfTheWireJson()
    {
        var activity = Assert.Single(Renderer(TeamsBudget).Render(SampleReplies.Objective13()));

        // Computed independently of the renderer: the bytes System.Text.Json writes with the wire options.
        var wire = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(activity, BotJson.Options));
        Assert.Equal(wire, AdaptiveCardRenderer.SizeInBytes(activity));
    }

    [Fact]
    public async Task KenyaSectionIV_FitsOneMessageOf28KB()
    {
        // The reviewers measured Kenya §IV at 14,804 UTF-8 bytes; counted as UTF-16 it was 29,058 and was split.
        var reply = await RealReplies.RouteAsync("kenya IV");

        var activity = Assert.Single(Renderer(TeamsBudget).Render(reply));
        Assert.InRange(AdaptiveCardRenderer.SizeInBytes(activity), 1, TeamsBudget);
    }

    [Fact]
    public async Task EveryObjective_EachPageIsOneCardWithinTheBudget()
    {
        var renderer = Renderer(TeamsBudget);
        for (var n = 1; n <= 23; n++)
        {
            var first = await RealReplies.RouteAsync($"objective {n}");
            var pages = first.Page?.Count ?? 1;
            for (var page = 1; page <= pages; page++)
            {
                var reply = page == 1 ? first : await RealReplies.RouteAsync($"objective {n} page {page}");
                var activity = Assert.Single(renderer.Render(reply));
                Assert.InRange(AdaptiveCardRenderer.SizeInBytes(activity), 1, TeamsBudget);
            }
        }
    }

    [Fact]
    public void Render_GreedyPackingWouldLeaveOneBullet_LastMessageHoldsTwo()
    {
        // Nine equal bullets (each adds about 2,300 bytes: its text is in the card and in the fallback) under
        // a budget a little over eight on one card: greedy packing would send 8 + 1, a lone last bullet.
        var bullets = Enumerable.Range(1, 9)
            .Select(n => new QuoteBlock($"Bullet {n}: " + new string('x', 1000), $"Kenya position ¶{n}", $"kenya/{n}"))
            .ToList();
        var reply = new Reply(ReplyKind.Answer, "Kenya position", bullets, [], [new ReplyAction("All sections", "kenya")]);
        var eight = AdaptiveCardRenderer.SizeInBytes(Assert.Single(Renderer(80_000).Render(reply with { Blocks = bullets[..8] })));
        var budget = eight + 200;

        var messages = Renderer(budget).Render(reply);

        Assert.Equal(2, messages.Count);
        var last = messages[^1].Attachments![0].Content!.ToJsonString();
        Assert.Contains("Bullet 8: ", last, StringComparison.Ordinal);
        Assert.Contains("Bullet 9: ", last, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.InRange(AdaptiveCardRenderer.SizeInBytes(m), 1, budget));
    }

    private static AdaptiveCardRenderer Renderer(int budget) =>
        new(Options.Create(new TeamsOptions { MessageBudgetBytes = budget }));
}
