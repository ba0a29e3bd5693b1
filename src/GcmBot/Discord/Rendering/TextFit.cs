namespace GcmBot.Discord.Rendering;

/// <summary>Shortens one-line texts (titles, labels, names) to a limit, between words, with a visible "…".</summary>
internal static class TextFit
{
    /// <summary>The escaped Markdown of <paramref name="text"/>, shortened to at most <paramref name="max"/> characters.</summary>
    public static string Markdown(string text, int max) => First(new MarkdownText(text), max);

    /// <summary><paramref name="text"/> as is (no Markdown), shortened to at most <paramref name="max"/> characters.</summary>
    public static string Plain(string text, int max) => First(MarkdownText.Plain(text), max);

    private static string First(MarkdownText text, int max) =>
        text.Start == text.End ? "" : TextSplitter.Split(text, max)[0];
}
