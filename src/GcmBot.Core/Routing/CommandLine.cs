using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GcmBot.Core.Routing;

/// <summary>
/// A user's text, cleaned and split into a command name, its arguments and an optional page:
/// "@GcmBot  /Objective 13(h)" → ("objective", "13(h)", null); "ask remittances page 2" → ("ask", "remittances", 2).
/// </summary>
public sealed partial record CommandLine(string Name, string Arguments, int? Page)
{
    /// <summary>True when the user typed a leading "/": an unknown name is then a mistyped command, not a question.</summary>
    public bool Slash { get; init; }

    /// <summary>Longest text the router reads; longer input gets a friendly error instead.</summary>
    public const int MaxLength = 2000;

    /// <summary>The canonical text of this command without its page, used to build paging buttons.</summary>
    public string Canonical => Arguments.Length == 0 ? Name : $"{Name} {Arguments}";

    public static CommandLine Parse(string text)
    {
        var clean = Clean(text);
        clean = LeadingMention().Replace(clean, "").TrimStart();
        int? page = null;
        if (PageSuffix().Match(clean) is { Success: true } p)
        {
            page = int.TryParse(p.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
            clean = clean[..p.Index].TrimEnd();
        }

        var slash = clean.StartsWith('/');
        if (slash)
        {
            clean = clean[1..].TrimStart();
        }

        // "¶67" is a Progress Declaration paragraph.
        if (clean.StartsWith('¶'))
        {
            return new CommandLine("pd", clean[1..].Trim(), page) { Slash = slash };
        }

        // A bare objective reference ("13", "13h", "13(h)") is the objective command.
        if (ObjectiveReference.TryParse(clean, out _))
        {
            return new CommandLine("objective", clean, page) { Slash = slash };
        }

        var space = clean.IndexOf(' ', StringComparison.Ordinal);
        var name = (space < 0 ? clean : clean[..space]).ToLowerInvariant();
        var arguments = space < 0 ? "" : clean[(space + 1)..].Trim();
        return new CommandLine(name, arguments, page) { Slash = slash };
    }

    /// <summary>Drops control and invisible format characters, folds whitespace to single spaces.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength + 1));
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
                lastWasSpace = false;
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"^(?:<@!?\d+>|@\S+)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"(?:^|\s)(?:--)?page\s+(\d{1,9})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageSuffix();
}
