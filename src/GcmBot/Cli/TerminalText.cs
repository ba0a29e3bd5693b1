using System.Text;
using System.Text.RegularExpressions;

namespace GcmBot.Cli;

/// <summary>
/// Wraps rendered text for a terminal at spaces, to a given width. A continuation line keeps the hanging
/// indent of its line: the leading spaces plus a marker such as "(h) ", "“", "— " or "→ ". Only the one
/// space at each break is replaced; a word longer than the line is cut, as the terminal would.
/// </summary>
public static partial class TerminalText
{
    public static string Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + (text.Length / Math.Max(width, 1)));
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            WrapLine(result, lines[i], width);
            if (i < lines.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    private static void WrapLine(StringBuilder result, string line, int width)
    {
        var indent = Math.Min(HangingIndent().Match(line).Length, width / 2);
        var rest = line.TrimEnd('\r');
        var available = width;
        while (rest.Length > available)
        {
            var at = rest.LastIndexOf(' ', available);
            var cut = at > 0 && rest[..at].Trim().Length > 0 ? at : -1;
            if (cut < 0)
            {
                result.Append(rest.AsSpan(0, available)).Append('\n').Append(' ', indent);
                rest = rest[available..];
            }
            else
            {
                result.Append(rest.AsSpan(0, cut)).Append('\n').Append(' ', indent);
                rest = rest[(cut + 1)..];
            }

            available = width - indent;
        }

        result.Append(rest);
        if (line.EndsWith('\r'))
        {
            result.Append('\r');
        }
    }

    // Leading spaces, then at most one marker that the text of a wrapped line should line up after.
    [GeneratedRegex(@"^ *(?:\([a-z0-9]{1,3}\) |“|— |→ |• )?", RegexOptions.CultureInvariant)]
    private static partial Regex HangingIndent();
}
