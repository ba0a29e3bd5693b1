using System.Text;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Character-level escaping for Discord Markdown: a backslash before anything Markdown could read as
/// formatting (emphasis, code, spoilers, mentions, links), and before line-start markers (quote,
/// heading, list, "13." numbering). Lone surrogates, which Discord would strip, become U+FFFD.
/// </summary>
internal static class MarkdownEscaping
{
    public static void Append(StringBuilder sb, string text, int i, bool atLineStart, bool escape)
    {
        var c = text[i];
        if (char.IsSurrogate(c) && !IsPairedSurrogate(text, i))
        {
            sb.Append('\uFFFD');
            return;
        }

        if (escape && NeedsEscape(text, i, atLineStart))
        {
            sb.Append('\\');
        }

        sb.Append(c);
    }

    private static bool NeedsEscape(string text, int i, bool atLineStart) => text[i] switch
    {
        '\\' or '*' or '_' or '~' or '`' or '|' or '<' or '[' or ']' => true,
        '>' or '#' or '-' or '+' => atLineStart,
        '.' => IsAfterLineStartDigits(text, i),
        _ => false,
    };

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);

    /// <summary>"13. text" at the start of a line would become a numbered list.</summary>
    private static bool IsAfterLineStartDigits(string text, int i)
    {
        var j = i - 1;
        if (j < 0 || !char.IsAsciiDigit(text[j]))
        {
            return false;
        }

        while (j >= 0 && char.IsAsciiDigit(text[j]))
        {
            j--;
        }

        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }
}
