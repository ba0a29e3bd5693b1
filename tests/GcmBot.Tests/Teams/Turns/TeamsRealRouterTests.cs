using System.Text.Json.Nodes;
using GcmBot.Tests.Teams.Fakes;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>The real router and corpus behind the Teams adapter: what a Teams user would see.</summary>
public sealed class TeamsRealRouterTests : TeamsTestbedTest
{
    [Fact]
    public async Task Objective13_CardsQuoteEveryActionExactlyAsInTheCorpusFile()
    {
        await using var app = Bed.Authenticated(realRouter: true);

        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "<at>GcmBot</at> objective 13"));
        var cards = (await Bed.Connector.WaitForAsync(1)).Select(r => r.Card).ToList();

        var shown = cards.SelectMany(RichTexts).ToHashSet();
        var expected = CorpusActions(13);
        Assert.Equal(8, expected.Count);
        foreach (var (letter, text) in expected)
        {
            Assert.Contains($"({letter}) {text} — GCM objective 13({letter})", shown);
        }

        Assert.All(cards, card => Assert.Equal("1.5", (string?)card["version"]));
    }

    // The objective's "- a. …" lines, read straight from the source document.
    private static List<(string Letter, string Text)> CorpusActions(int objective)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "corpus", "gcm-objectives-final.md"));
        return [.. lines
            .SkipWhile(l => l != $"# Objective {objective}")
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("# Objective", StringComparison.Ordinal))
            .Where(l => l.Length > 5 && l.StartsWith("- ", StringComparison.Ordinal) && l[3] == '.')
            .Select(l => (l[2].ToString(), l[5..]))];
    }

    private static IEnumerable<string> RichTexts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "RichTextBlock" => [string.Concat(o["inlines"]!.AsArray().Select(run => (string?)run!["text"]))],
        JsonObject o => o.Select(p => p.Value).SelectMany(RichTexts),
        JsonArray a => a.SelectMany(RichTexts),
        _ => [],
    };
}
