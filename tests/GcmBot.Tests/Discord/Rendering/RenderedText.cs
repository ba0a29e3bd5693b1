using System.Text;
using GcmBot.Discord.Payloads;

namespace GcmBot.Tests.Discord.Rendering;

/// <summary>
/// Reads rendered messages back as a reader sees them: block-quote prefixes, bold markers and escapes
/// removed, words split by a cut rejoined ("abc…" + "…def"), lone continuation markers dropped.
/// </summary>
internal static class RenderedText
{
    public static IReadOnlyList<string> Words(IEnumerable<DiscordMessage> messages)
    {
        var markdown = string.Join("\n\n", messages.SelectMany(m => m.Embeds).SelectMany(e =>
            new[] { e.Description ?? "" }.Concat((e.Fields ?? []).Select(f => f.Value))));
        var tokens = Unmarkdown(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        foreach (var token in tokens)
        {
            if (token == "…")
            {
                continue;
            }

            if (token.StartsWith('…') && words.Count > 0 && words[^1].EndsWith('…'))
            {
                words[^1] = words[^1][..^1] + token[1..];
                continue;
            }

            words.Add(token);
        }

        return words;
    }

    /// <summary>Removes "> " line prefixes, unescaped "**", and backslash escapes.</summary>
    public static string Unmarkdown(string markdown)
    {
        var sb = new StringBuilder();
        var lines = markdown.Split('\n').Select(l => l.StartsWith("> ", StringComparison.Ordinal) ? l[2..] : l);
        var text = string.Join('\n', lines);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && !char.IsWhiteSpace(text[i + 1]))
            {
                sb.Append(text[++i]);
            }
            else if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="expected"/>'s words appear, consecutively and in order, in <paramref name="words"/>.</summary>
    public static bool ContainsRun(IReadOnlyList<string> words, string expected)
    {
        var run = expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + run.Length <= words.Count; i++)
        {
            if (run.Select((w, k) => words[i + k] == w).All(x => x))
            {
                return true;
            }
        }

        return run.Length == 0;
    }
}
