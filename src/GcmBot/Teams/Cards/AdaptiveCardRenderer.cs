using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Replies;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Cards;

/// <summary>
/// Renders a reply as one or more message activities, each an Adaptive Card 1.5 with a plain-text
/// fallback and at most Teams:MessageBudgetBytes when serialized to UTF-8, as it goes on the wire and as
/// Teams counts it. Segments are packed in order, each card holding as many as fit; buttons go on the last
/// card, which never holds a lone segment when the card before it could give one up.
/// </summary>
internal sealed class AdaptiveCardRenderer(IOptions<TeamsOptions> options)
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Buttons per action row; Teams' card host shows only a handful in one row.</summary>
    internal const int ActionsPerRow = 5;

    /// <summary>Buttons shown on a card's own action bar; the rest go in its "…" overflow menu.</summary>
    internal const int PrimaryActions = 3;

    private readonly RenderedReplies<Reply, IReadOnlyList<Activity>> _rendered = new(reply => RenderFresh(reply, options.Value.MessageBudgetBytes));

    /// <summary>The activities for <paramref name="reply"/>, rendered once per reply object (see <see cref="RenderedReplies{TSource, TOutput}"/>).</summary>
    public IReadOnlyList<Activity> Render(Reply reply) => _rendered.Of(reply);

    private static IReadOnlyList<Activity> RenderFresh(Reply reply, int budget)
    {
        var segments = ReplySegments.From(reply).ToArray();
        var parts = new List<ArraySegment<CardSegment>>();
        for (var start = 0; start < segments.Length || parts.Count == 0;)
        {
            var count = LongestFit(reply, segments, start, budget);
            parts.Add(new ArraySegment<CardSegment>(segments, start, count));
            start += count;
        }

        AvoidLoneLastSegment(reply, segments, parts, budget);
        return [.. parts.Select((part, i) => Build(reply, part, continued: i > 0, withActions: i == parts.Count - 1))];
    }

    /// <summary>
    /// How many segments from <paramref name="start"/> go on one card: as many as fit, and at least one
    /// (a segment is never cut here). A card only grows with each segment, so a binary search finds what
    /// adding them one at a time would, measuring a few cards instead of one per segment.
    /// </summary>
    private static int LongestFit(Reply reply, CardSegment[] segments, int start, int budget)
    {
        var remaining = segments.Length - start;
        bool Fits(int count) =>
            SizeInBytes(Build(reply, new ArraySegment<CardSegment>(segments, start, count), continued: true, withActions: true)) <= budget;

        if (remaining <= 1 || Fits(remaining))
        {
            return remaining;
        }

        int fits = 1, tooMany = remaining;
        while (tooMany - fits > 1)
        {
            var mid = fits + ((tooMany - fits) / 2);
            if (Fits(mid))
            {
                fits = mid;
            }
            else
            {
                tooMany = mid;
            }
        }

        return fits;
    }

    // A last card of one segment (one bullet and the buttons) reads as an afterthought: it takes one more
    // from the card before, when that card keeps at least two and the last card still fits.
    private static void AvoidLoneLastSegment(Reply reply, CardSegment[] segments, List<ArraySegment<CardSegment>> parts, int budget)
    {
        if (parts.Count < 2 || parts[^1].Count != 1 || parts[^2].Count < 3)
        {
            return;
        }

        var before = parts[^2];
        var last = new ArraySegment<CardSegment>(segments, before.Offset + before.Count - 1, 2);
        if (SizeInBytes(Build(reply, last, continued: true, withActions: true)) <= budget)
        {
            parts[^2] = new ArraySegment<CardSegment>(segments, before.Offset, before.Count - 1);
            parts[^1] = last;
        }
    }

    public static int SizeInBytes(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options).Length;

    private static Activity Build(Reply reply, IReadOnlyList<CardSegment> segments, bool continued, bool withActions)
    {
        var title = continued ? $"{reply.Title} (continued)" : reply.Title;
        var body = new JsonArray(CardElements.Title(title, reply.Kind));
        var plain = new StringBuilder(title);
        if (reply.Page is { } page && !continued)
        {
            body.Add(CardElements.Text(page.Describe(), subtle: true, size: "Small"));
            plain.Append(" (").Append(page.Describe()).Append(')');
        }

        foreach (var segment in segments)
        {
            body.Add(segment.Element.DeepClone());
            plain.Append("\n\n").Append(segment.PlainText);
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        if (withActions && reply.Actions.Count > 0)
        {
            AddActions(card, body, reply.Actions, plain);
        }

        card["fallbackText"] = plain.ToString();
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = reply.Title,
            Attachments = [new Attachment(CardContentType, card)],
        };
    }

    // One row fits the card's own action bar; more rows become ActionSets at the end of the body, in order.
    private static void AddActions(JsonObject card, JsonArray body, IReadOnlyList<ReplyAction> actions, StringBuilder plain)
    {
        var rows = actions.Select(CardElements.Submit).Chunk(ActionsPerRow).ToList();
        if (rows.Count == 1)
        {
            foreach (var overflow in rows[0].Skip(PrimaryActions))
            {
                overflow["mode"] = "secondary";
            }

            card["actions"] = new JsonArray([.. rows[0]]);
        }
        else
        {
            rows.ForEach(row => body.Add(CardElements.ActionSet(row)));
        }

        // A page button carries an opaque token: nobody should be told to type that, so only commands are listed.
        var typeable = actions.Where(a => !PageTokens.IsToken(a.Command)).ToList();
        if (typeable.Count == 0)
        {
            return;
        }

        plain.Append("\n\nYou can also type:");
        foreach (var action in typeable)
        {
            plain.Append("\n• ").Append(action.Command).Append(" (").Append(action.Label).Append(')');
        }
    }
}
