using System.Text.Json.Nodes;
using GcmBot.Core.Replies;

namespace GcmBot.Teams.Cards;

/// <summary>One card element with its plain-text equivalent (for the card's fallback text).</summary>
internal sealed record CardSegment(JsonObject Element, string PlainText);

/// <summary>Turns a reply's fields and blocks into card segments, long quotes already cut to size.</summary>
internal static class ReplySegments
{
    /// <summary>Longest quote piece in one element; keeps any single element far below the message budget.</summary>
    public const int MaxQuoteChars = 3000;

    public static IReadOnlyList<CardSegment> From(Reply reply)
    {
        var segments = new List<CardSegment>();
        if (reply.Fields.Count > 0)
        {
            segments.Add(new CardSegment(
                CardElements.Facts(reply.Fields),
                string.Join('\n', reply.Fields.Select(f => $"{f.Name}: {f.Value}"))));
        }

        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    segments.Add(new CardSegment(CardElements.Text(text.Text), text.Text));
                    break;
                case HeadingBlock heading:
                    segments.Add(new CardSegment(CardElements.Text(heading.Text, bold: true), heading.Text));
                    break;
                case QuoteBlock quote:
                    segments.AddRange(TextChunks.Split(quote.Text, quote.Highlights, MaxQuoteChars).Select(chunk =>
                        new CardSegment(CardElements.Quote(chunk.Text, chunk.Highlights, quote.Citation), $"{chunk.Text}\n— {quote.Citation}")));
                    break;
                case ActionListBlock list:
                    segments.AddRange(list.Items.SelectMany(ActionSegments));
                    break;
                default:
                    throw new NotSupportedException($"The Teams renderer has no layout for {block.GetType().Name}.");
            }
        }

        return segments;
    }

    private static IEnumerable<CardSegment> ActionSegments(ActionItem item)
    {
        var chunks = TextChunks.Split(item.Text, item.Highlights, MaxQuoteChars);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            yield return i == 0
                ? new CardSegment(
                    CardElements.ActionItem(item.Letter, chunk.Text, chunk.Highlights, item.Citation),
                    $"({item.Letter}) {chunk.Text} — {item.Citation}")
                : new CardSegment(CardElements.Quote(chunk.Text, chunk.Highlights, item.Citation), $"{chunk.Text}\n— {item.Citation}");
        }
    }
}
