using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>The help text, and the short help shown with an unknown command.</summary>
public static class HelpReplies
{
    private static readonly (string Command, string What)[] Commands =
    [
        ("objective 13", "an objective's exact title and every action, with where it appears in the Progress Declaration and Kenya's position"),
        ("objective 13 h  (also 13h, 13(h))", "one action, quoted exactly"),
        ("what does it say about remittances", "any question: quoted passages with citations (same as ask …)"),
        ("where detention", "where a topic appears in the Progress Declaration and Kenya's position"),
        ("paragraph 67  (also pd 67)", "a Progress Declaration paragraph"),
        ("kenya IV", "a section of Kenya's National Position (kenya alone lists them)"),
        ("dates", "review forum dates; digest subscribe|unsubscribe|status|preview for a daily post"),
        ("about", "the source documents and the corrections GcmBot applies"),
    ];

    public static Reply Help() => new(
        ReplyKind.Help,
        "GcmBot: the Global Compact for Migration, quoted exactly",
        [
            new TextBlock("GcmBot answers from the text of the Global Compact for Safe, Orderly and Regular Migration and related documents, and quotes them word for word with citations."),
            new HeadingBlock("Commands"),
            new TextBlock(string.Join("\n", Commands.Select(c => $"• {c.Command} — {c.What}"))),
        ],
        [],
        [new ReplyAction("Objective 13", "objective 13"), new ReplyAction("Remittances", "ask remittances"), new ReplyAction("Review dates", "dates")]);

    public static Reply UnknownCommand(string name) => Reply.Simple(
        ReplyKind.Error,
        "Unknown command",
        $"\"{Shorten(name)}\" isn't a GcmBot command. Try \"objective 13\", \"13(h)\", \"pd 67\", \"kenya IV\", \"dates\", or just ask a question, e.g. \"what does it say about remittances\". Type \"help\" for everything.",
        new ReplyAction("Help", "help"));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
