using System.Text.Json.Nodes;
using GcmBot.Core.Replies;

namespace GcmBot.Teams.Cards;

/// <summary>
/// Adaptive Card 1.5 elements. Corpus text (quotes, actions, citations) goes in RichTextBlock TextRuns,
/// which Teams shows literally; a TextBlock would read "*", "_" or "1. " as Markdown and alter the text.
/// Reply text of our own goes in runs too (it can echo the user); TextBlocks carry only fixed wording.
/// </summary>
internal static class CardElements
{
    public static JsonObject Text(string text, bool bold = false, bool subtle = false, string? size = null) =>
        Clean(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = text,
            ["wrap"] = true,
            ["weight"] = bold ? "Bolder" : null,
            ["isSubtle"] = subtle ? true : null,
            ["size"] = size,
        });

    /// <summary>The reply's title as a literal run: titles can repeat what the user typed (a question's topic).</summary>
    public static JsonObject Title(string title, ReplyKind kind)
    {
        var run = Run(title, bold: true);
        run["size"] = "Medium";
        if (kind == ReplyKind.Error)
        {
            run["color"] = "Attention";
        }

        return RichText([run]);
    }

    /// <summary>
    /// Our own words in a reply (explanations, errors, headings) as literal runs: they can repeat what the
    /// user typed, and in a TextBlock a typed "[text](url)" would become a link shown in the bot's name.
    /// </summary>
    public static JsonObject Literal(string text, bool bold = false) => RichText([Run(text, bold: bold)]);

    /// <summary>A verbatim quote: highlighted ranges in bold, the citation below it.</summary>
    public static JsonObject Quote(string text, IReadOnlyList<TextRange> highlights, string citation) =>
        new()
        {
            ["type"] = "Container",
            ["style"] = "emphasis",
            ["items"] = new JsonArray(
                RichText(Runs(text, highlights)),
                RichText([Run("— " + citation, subtle: true, small: true)])),
        };

    /// <summary>One lettered action, "(h) text — citation", as a single literal paragraph.</summary>
    public static JsonObject ActionItem(string letter, string text, IReadOnlyList<TextRange> highlights, string citation)
    {
        List<JsonObject> runs = [Run($"({letter}) ", bold: true), .. Runs(text, highlights), Run(" — " + citation, subtle: true, small: true)];
        return RichText(runs);
    }

    public static JsonObject Facts(IReadOnlyList<ReplyField> fields) =>
        new()
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject { ["title"] = f.Name, ["value"] = f.Value })]),
        };

    /// <summary>
    /// A button whose data carries the exact command text; Teams posts it back as a message. Its title is
    /// the short label, which fits a phone-width card; the full label is its tooltip.
    /// </summary>
    public static JsonObject Submit(ReplyAction action) =>
        Clean(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = action.ShortLabel ?? action.Label,
            ["tooltip"] = action.ShortLabel is null ? null : action.Label,
            ["data"] = new JsonObject { ["command"] = action.Command },
        });

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };

    private static JsonObject RichText(IEnumerable<JsonObject> runs) =>
        new() { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray([.. runs]) };

    // Splits text at the highlight ranges; ranges are clamped so a bad range never drops characters.
    private static IEnumerable<JsonObject> Runs(string text, IReadOnlyList<TextRange> highlights)
    {
        var position = 0;
        foreach (var range in highlights.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            var start = Math.Clamp(range.Start, position, text.Length);
            var end = Math.Clamp(range.Start + range.Length, start, text.Length);
            if (start > position)
            {
                yield return Run(text[position..start]);
            }

            if (end > start)
            {
                yield return Run(text[start..end], bold: true);
            }

            position = end;
        }

        if (position < text.Length || text.Length == 0)
        {
            yield return Run(text[position..]);
        }
    }

    private static JsonObject Run(string text, bool bold = false, bool subtle = false, bool small = false) =>
        Clean(new JsonObject
        {
            ["type"] = "TextRun",
            ["text"] = text,
            ["weight"] = bold ? "Bolder" : null,
            ["isSubtle"] = subtle ? true : null,
            ["size"] = small ? "Small" : null,
        });

    private static JsonObject Clean(JsonObject element)
    {
        foreach (var name in element.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            element.Remove(name);
        }

        return element;
    }
}
