using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Discord's message limits (developers/resources/message.mdx, components/reference.mdx). Lengths are
/// counted in UTF-16 units, which is never less than Discord's count in code points.
/// </summary>
internal static class DiscordLimits
{
    public const int ContentMax = 2000;
    public const int EmbedsPerMessage = 10;
    public const int TitleMax = 256;
    public const int DescriptionMax = 4096;
    public const int FieldsPerEmbed = 25;
    public const int FieldNameMax = 256;
    public const int FieldValueMax = 1024;
    public const int FooterMax = 2048;
    public const int EmbedTotalMax = 6000;
    public const int ActionRowsMax = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabelMax = 80;
    public const int CustomIdMax = 100;
    public const int ChoicesMax = 25;
    public const int ChoiceNameMax = 100;

    /// <summary>Every limit <paramref name="message"/> breaks, described; empty when Discord would accept it.</summary>
    public static IReadOnlyList<string> Violations(DiscordMessage message)
    {
        var found = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                found.Add(what);
            }
        }

        Check((message.Content?.Length ?? 0) <= ContentMax, "content over 2000");
        Check(message.Embeds.Count <= EmbedsPerMessage, "more than 10 embeds");
        Check(message.Embeds.Sum(EmbedTotal) <= EmbedTotalMax, "embeds over 6000 in total");
        foreach (var embed in message.Embeds)
        {
            Check((embed.Title?.Length ?? 0) <= TitleMax, "title over 256");
            Check((embed.Description?.Length ?? 0) <= DescriptionMax, "description over 4096");
            Check((embed.Footer?.Text.Length ?? 0) <= FooterMax, "footer over 2048");
            var fields = embed.Fields ?? [];
            Check(fields.Count <= FieldsPerEmbed, "more than 25 fields");
            Check(fields.All(f => f.Name.Length is > 0 and <= FieldNameMax), "field name empty or over 256");
            Check(fields.All(f => f.Value.Length is > 0 and <= FieldValueMax), "field value empty or over 1024");
        }

        var buttons = message.Components.SelectMany(r => r.Components).ToList();
        Check(message.Components.Count <= ActionRowsMax, "more than 5 action rows");
        Check(message.Components.All(r => r.Components.Count is > 0 and <= ButtonsPerRow), "action row empty or over 5 buttons");
        Check(buttons.All(b => b.Label.Length is > 0 and <= ButtonLabelMax), "button label empty or over 80");
        Check(buttons.All(b => b.CustomId.Length is > 0 and <= CustomIdMax), "custom_id empty or over 100");
        Check(buttons.Select(b => b.CustomId).Distinct(StringComparer.Ordinal).Count() == buttons.Count, "custom_id repeated");
        return found;
    }

    /// <summary>What counts toward the 6000 total: title, description, field names and values, footer.</summary>
    public static int EmbedTotal(DiscordEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length);
}
