using System.Text.Json;
using System.Text.RegularExpressions;
using GcmBot.Core.Replies;
using GcmBot.Discord.Rendering;
using GcmBot.Teams;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// The <see cref="HostileText.Count"/> generated inputs through the real router: it always answers, its
/// quotes stay verbatim corpus text, and neither platform's rendering pings anyone or leaks anything.
/// </summary>
public sealed partial class RouterHostileInputTests(HostileReplies replies) : IClassFixture<HostileReplies>
{
    [Fact]
    public void RouteAsync_EveryHostileInput_RepliesWithoutThrowingOrLeaking()
    {
        var failures = replies.Results
            .SelectMany(r => r.Error is { } error
                ? [$"threw {error.GetType().Name}"]
                : Texts(r.Reply!).SelectMany(t => Leaks.InText(t)).Append(r.Reply!.Title is null ? "no title" : null).OfType<string>(),
                (r, problem) => $"{Describe(r.Input)}: {problem}")
            .ToList();

        Assert.Equal(HostileText.Count, replies.Results.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void RouteAsync_EveryHostileInput_QuotesStayVerbatimCorpusText()
    {
        var failures = Answered()
            .SelectMany(r => Quotes(r.Reply)
                .Where(q => replies.Corpus.Passage(q.PassageId)?.Text.Contains(q.Text, StringComparison.Ordinal) != true)
                .Select(q => $"{Describe(r.Input)}: {q.PassageId} quote is not in the passage"))
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Render_EveryHostileReply_DiscordWithinLimitsAndPingsNobody()
    {
        var renderer = new ReplyRenderer();
        var failures = Answered()
            .SelectMany(r => renderer.Render(r.Reply)
                .SelectMany(m => DiscordLimits.Violations(m).Concat(Leaks.DiscordPings(m)))
                .Select(problem => $"{Describe(r.Input)}: {problem}"))
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Render_EveryHostileReply_TeamsCardsMentionNobodyAndShowUserTextLiterally()
    {
        var renderer = new AdaptiveCardRenderer(Options.Create(new TeamsOptions()));
        var failures = Answered()
            .SelectMany(r => renderer.Render(r.Reply)
                .Select(a => JsonSerializer.Serialize(a, BotJson.Options))
                .SelectMany(json => Leaks.TeamsPings(json).Concat(MarkdownLinks(json)))
                .Select(problem => $"{Describe(r.Input)}: {problem}"))
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private IEnumerable<(string Input, Reply Reply)> Answered() =>
        replies.Results.Where(r => r.Reply is not null).Select(r => (r.Input, r.Reply!));

    /// <summary>Teams reads Markdown in TextBlocks (not in RichTextBlock runs): a link there could be planted by a user.</summary>
    private static IEnumerable<string> MarkdownLinks(string activityJson)
    {
        using var json = JsonDocument.Parse(activityJson);
        return TextBlocks(json.RootElement).Where(t => MarkdownLink().IsMatch(t)).Select(t => $"Markdown link in a TextBlock: {Leaks.Excerpt(t, 0)}").ToList();
    }

    private static IEnumerable<string> TextBlocks(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "TextBlock"
            => [element.GetProperty("text").GetString() ?? ""],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => TextBlocks(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(TextBlocks),
        _ => [],
    };

    private static IEnumerable<(string Text, string PassageId)> Quotes(Reply reply) =>
        reply.Blocks.OfType<QuoteBlock>().Select(q => (q.Text, q.PassageId))
            .Concat(reply.Blocks.OfType<ActionListBlock>().SelectMany(l => l.Items).Select(i => (i.Text, i.PassageId)));

    private static IEnumerable<string> Texts(Reply reply) =>
        new[] { reply.Title }
            .Concat(reply.Blocks.SelectMany(b => b switch
            {
                TextBlock t => [t.Text],
                HeadingBlock h => [h.Text],
                QuoteBlock q => [q.Text, q.Citation],
                ActionListBlock l => l.Items.SelectMany(i => new[] { i.Text, i.Citation }),
                _ => [],
            }))
            .Concat(reply.Fields.SelectMany(f => new[] { f.Name, f.Value }))
            .Concat(reply.Actions.SelectMany(a => new[] { a.Label, a.Command }));

    private static string Describe(string input) =>
        $"input #{HostileText.All.ToList().IndexOf(input)} \"{Leaks.Excerpt(input, 0)}\"";

    [GeneratedRegex(@"\[[^\]]*\]\([^)]*\)")]
    private static partial Regex MarkdownLink();
}
