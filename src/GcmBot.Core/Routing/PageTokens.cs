using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>
/// What a page button carries: a short opaque token ("~" + 12 characters + "." + page) in place of the command,
/// so a 2,000-character question still fits Discord's 100-character custom_id. The command is remembered here,
/// for <see cref="Lifetime"/> after its last page was shown and at most <see cref="Capacity"/> commands.
/// The token is a hash of the resolved command, so the same command and page always give the same token.
/// </summary>
public sealed partial class PageTokens(TimeProvider time)
{
    public const int Capacity = 4096;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const char Prefix = '~';

    private readonly Dictionary<string, Remembered> _commands = new(StringComparer.Ordinal);
    private readonly Queue<string> _oldestFirst = new();
    private readonly Lock _gate = new();

    /// <summary>What a button with an expired or unknown token gets.</summary>
    public static Reply Expired { get; } = Reply.Simple(
        ReplyKind.Error,
        "This page has expired",
        "GcmBot keeps the pages of an answer for a day after they were last shown. Run the command or ask the question again to see them.",
        new ReplyAction("Help", "help"));

    /// <summary>Commands remembered now (each one's pages share it).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _commands.Count;
            }
        }
    }

    /// <summary>The token for <paramref name="page"/> of <paramref name="command"/>; remembers the command.</summary>
    public string For(CommandLine command, int page)
    {
        ArgumentNullException.ThrowIfNull(command);
        var key = KeyOf(command);
        lock (_gate)
        {
            if (!_commands.ContainsKey(key))
            {
                _oldestFirst.Enqueue(key);
            }

            _commands[key] = new Remembered(command with { Page = null }, time.GetUtcNow() + Lifetime);
            while (_commands.Count > Capacity)
            {
                _commands.Remove(_oldestFirst.Dequeue());
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{key}.{page}");
    }

    /// <summary>True when <paramref name="text"/> is a page token, whether or not it is still remembered.</summary>
    public static bool IsToken(string text) => Pattern().IsMatch(text.Trim());

    /// <summary>The command and page a token stands for; null when the text is no token, or the token has expired.</summary>
    public CommandLine? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return null;
        }

        lock (_gate)
        {
            return _commands.TryGetValue(match.Groups[1].Value, out var remembered) && remembered.Until > time.GetUtcNow()
                ? remembered.Command with { Page = page }
                : null;
        }
    }

    // 9 bytes of SHA-256 (72 bits) in URL-safe base64: 12 characters, no padding.
    private static string KeyOf(CommandLine command)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{command.Name}\n{command.Arguments}"));
        return Convert.ToBase64String(hash, 0, 9).Replace('+', '-').Replace('/', '_');
    }

    [GeneratedRegex(@"^~([A-Za-z0-9_-]{12})\.(\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private sealed record Remembered(CommandLine Command, DateTimeOffset Until);
}
