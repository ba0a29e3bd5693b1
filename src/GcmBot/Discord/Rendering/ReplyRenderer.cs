using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;
using GcmBot.Replies;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Renders a router <see cref="Reply"/> as Discord messages: embeds for the text (quotes verbatim and
/// escaped), fields, and buttons on the last message. A reply too long for one message becomes
/// several parts, each within every Discord limit; beyond <see cref="MaxParts"/> the rest is dropped
/// and the footer says so.
/// </summary>
internal sealed class ReplyRenderer
{
    public const int MaxParts = 10;

    private readonly RenderedReplies<Reply, Rendering> _rendered = new(static r => new Rendering(RenderFresh(r)));

    /// <summary>The messages for <paramref name="reply"/>, rendered once per reply object (see <see cref="RenderedReplies{TSource, TOutput}"/>).</summary>
    public IReadOnlyList<DiscordMessage> Render(Reply reply) => Render(reply, ephemeral: false);

    /// <summary>
    /// The same messages, flagged ephemeral when <paramref name="ephemeral"/> (shown only to the user who asked);
    /// the flagged copies are kept with the rendering too, so a fixed reply's messages are the same objects each time.
    /// </summary>
    public IReadOnlyList<DiscordMessage> Render(Reply reply, bool ephemeral)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var rendering = _rendered.Of(reply);
        return ephemeral ? rendering.Ephemeral : rendering.Messages;
    }

    private static IReadOnlyList<DiscordMessage> RenderFresh(Reply reply)
    {
        var title = TextFit.Markdown(reply.Title, DiscordLimits.TitleMax);
        var packer = new EmbedPacker(title.Length > 0 ? title : null, ColorOf(reply.Kind));

        // Fields ("Short name", "Reviewed in 2022") describe the whole reply: they go with the title, in the
        // first embed, and the text starts a new embed below them (Discord draws fields after a description).
        foreach (var field in reply.Fields.SelectMany(Fields))
        {
            packer.AddField(field);
        }

        foreach (var unit in BlockFormatter.Units(reply.Blocks))
        {
            packer.AddUnit(unit);
        }

        var parts = packer.Finish();
        var shown = parts.Take(MaxParts).ToList();
        var buttons = ButtonLayout.Rows(reply.Actions);
        return shown.Select((embeds, i) =>
        {
            var footer = Footer(reply.Page, i + 1, shown.Count, i == shown.Count - 1 ? parts.Count - shown.Count : 0);
            var withFooter = footer is null
                ? embeds
                : [.. embeds.Take(embeds.Count - 1), embeds[^1] with { Footer = new EmbedFooter(footer) }];
            return new DiscordMessage(withFooter, i == shown.Count - 1 ? buttons : []);
        }).ToList();
    }

    /// <summary>A field longer than 1024 characters continues in further fields named "… (continued)".</summary>
    private static IEnumerable<EmbedField> Fields(ReplyField field)
    {
        var name = TextFit.Markdown(field.Name, DiscordLimits.FieldNameMax);
        var value = new MarkdownText(field.Value);
        var pieces = value.Start == value.End ? ["\u2014"] : TextSplitter.Split(value, DiscordLimits.FieldValueMax);
        var continued = TextFit.Markdown(field.Name + " (continued)", DiscordLimits.FieldNameMax);
        return pieces.Select((piece, i) => new EmbedField(
            i == 0 ? (name.Length > 0 ? name : "\u2014") : continued,
            piece));
    }

    private static string? Footer(PageInfo? page, int part, int parts, int dropped)
    {
        var items = new List<string>();
        if (page is not null)
        {
            items.Add($"Page {page.Number} of {page.Count}");
        }

        if (parts > 1)
        {
            items.Add($"Part {part} of {parts}");
        }

        if (dropped > 0)
        {
            items.Add($"{dropped} more part(s) not shown: ask a narrower question");
        }

        return items.Count > 0 ? string.Join(" · ", items) : null;
    }

    private static int ColorOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => 0x0072BC,
        ReplyKind.Help => 0x4A90A4,
        ReplyKind.Confirmation => 0x2E7D32,
        ReplyKind.NotFound => 0x9E9E9E,
        ReplyKind.Error => 0xC62828,
        _ => 0x0072BC,
    };

    private sealed class Rendering(IReadOnlyList<DiscordMessage> messages)
    {
        private IReadOnlyList<DiscordMessage>? _ephemeral;

        public IReadOnlyList<DiscordMessage> Messages { get; } = messages;

        public IReadOnlyList<DiscordMessage> Ephemeral =>
            _ephemeral ??= [.. Messages.Select(m => m with { Flags = DiscordMessage.EphemeralFlag })];
    }
}
