using System.Text.Json.Nodes;
using GcmBot.Core.Replies;
using GcmBot.Core.Text;

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

    /// <summary>
    /// Longest string without a space that a line holds on a phone-width (340 px) card. The card host gives a
    /// long unbroken string (a footnote's URL) no line break, so it would run past the card's edge.
    /// </summary>
    internal const int MaxUnbroken = 24;

    /// <summary>A verbatim quote: highlighted ranges in bold, the citation below it.</summary>
    public static JsonObject Quote(string text, IReadOnlyList<TextRange> highlights, string citation) =>
        new()
        {
            ["type"] = "Container",
            ["style"] = "emphasis",
            ["items"] = new JsonArray(
            [
                .. Paragraphs(text, highlights, before: null, after: null),
                RichText([Run("— " + citation, subtle: true, small: true)]),
            ]),
        };

    /// <summary>One lettered action, "(h) text — citation", as a single literal paragraph.</summary>
    public static JsonObject ActionItem(string letter, string text, IReadOnlyList<TextRange> highlights, string citation)
    {
        var paragraphs = Paragraphs(text, highlights, Run($"({letter}) ", bold: true), Run(" — " + citation, subtle: true, small: true));
        return paragraphs.Count == 1
            ? paragraphs[0]
            : new JsonObject { ["type"] = "Container", ["items"] = new JsonArray([.. paragraphs]) };
    }

    // The text as one RichTextBlock, or, when it holds a string longer than MaxUnbroken, as consecutive
    // blocks with no spacing between them, cut inside that string every MaxUnbroken characters. The cut adds
    // no character: the blocks' runs, read in order, are the text exactly.
    private static List<JsonObject> Paragraphs(string text, IReadOnlyList<TextRange> highlights, JsonObject? before, JsonObject? after)
    {
        var cuts = UnbrokenCuts(text);
        var blocks = new List<JsonObject>();
        var start = 0;
        foreach (var end in cuts.Append(text.Length))
        {
            var piece = text[start..end];
            var shifted = highlights.Select(h => new TextRange(h.Start - start, h.Length)).ToList();
            List<JsonObject> runs = [.. start == 0 && before is not null ? [before] : Array.Empty<JsonObject>(), .. Runs(piece, shifted)];
            if (end == text.Length && after is not null)
            {
                runs.Add(after);
            }

            var block = RichText(runs);
            if (start > 0)
            {
                block["spacing"] = "None";
            }

            blocks.Add(block);
            start = end;
        }

        return blocks;
    }

    private static List<int> UnbrokenCuts(string text)
    {
        List<int> cuts = [];
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = char.IsWhiteSpace(text[i]) ? 0 : run + 1;
            if (run > MaxUnbroken && !char.IsLowSurrogate(text[i]))
            {
                cuts.Add(i);
                run = 1;
            }
        }

        return cuts;
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
