using System.Text;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// Hostile chat texts from a fixed seed, so every run tries the same inputs and a failure names one:
/// random Unicode (lone surrogates, controls, bidi overrides), zero-width characters inside commands,
/// FTS5 query syntax, Markdown and HTML, @everyone/@here and role, user and channel mentions, Teams
/// &lt;at&gt; tags, commands with garbage arguments and pages, and texts far past the router's limit.
/// </summary>
internal static class HostileText
{
    public const int Seed = 20181219;

    public const int Count = 3000;

    private static readonly string[] Commands =
        ["objective", "obj", "pd", "paragraph", "kenya", "where", "ask", "help", "about", "dates", "digest", "digest subscribe", "digest unsubscribe", "/objective", "¶"];

    private static readonly string[] Fts =
        ["\"remittances", "remittances*", "NEAR(detention migrants, 2)", "AND OR NOT", "col:term", "^start", "{a b}:c", "-minus", "+plus", "(", ")))", "'", "\"\"", "*", "a NOT b", "x\" OR \"1\"=\"1", "'; DROP TABLE passages; --", "MATCH", "rank:", "bm25(x)"];

    private static readonly string[] Markup =
        ["**bold**", "__under__", "~~strike~~", "||spoiler||", "`code`", "```\nblock\n```", "[click](https://evil.example/login)", "# heading", "> quote", "- item", "1. item", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&lt;b&gt;", "\\", "\\*", "![img](http://evil.example/x.png)", "https://evil.example/?q=<@&1>", "{{template}}", "${jndi:ldap://x}"];

    private static readonly string[] Mentions =
        ["@everyone", "@here", "<@&123456789012345678>", "<@123456789012345678>", "<@!123456789012345678>", "<#123456789012345678>", "<at>Everyone</at>", "<at id=\"0\">General</at>", "@\u200Beveryone", "＠everyone", "@EVERYONE", "<@&0>", "<@>", "<:emoji:123>", "</objective:1>"];

    private static readonly string[] Invisible =
        ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u202D", "\u2066", "\u061C", "\u180E", "\u034F"];

    private static readonly string[] Arguments =
        ["13", "13h", "13(h)", "0", "24", "-1", "99999999999999999999", "13 page 2", "page 0", "page 999999999", "13(((h", "IV", "XIV", "¶67", "67", "abc", "13 zz", "1e9", "0x1F", "NaN", "∞", "١٣", "13\u00A0h", "subscribe 99:99 Mars/Olympus", "subscribe 09:00 Europe/Paris", "subscribe 25:00", "unsubscribe everything"];

    // Declared after the word lists: static fields initialise in order.
    public static IReadOnlyList<string> All { get; } = Generate(new Random(Seed), Count);

    /// <summary>Every <paramref name="count"/>-th part of <see cref="All"/>, spread over every kind of input.</summary>
    public static IReadOnlyList<string> Sample(int count) =>
        [.. Enumerable.Range(0, count).Select(i => All[(int)((long)i * All.Count / count)])];

    private static List<string> Generate(Random random, int count)
    {
        var inputs = new List<string>(count);
        var makers = new Func<Random, string>[] { RandomUnicode, CommandWithGarbage, Injection, ZeroWidthCommand, FtsQuestion, Long, Controls, Mixed };
        for (var i = 0; i < count; i++)
        {
            inputs.Add(makers[i % makers.Length](random));
        }

        return inputs;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Code points from the whole range, lone surrogates and noncharacters included.</summary>
    private static string RandomUnicode(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, 200);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(6))
            {
                case 0: sb.Append((char)random.Next(0xD800, 0xE000)); break;
                case 1: sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000))); break;
                case 2: sb.Append((char)random.Next(0, 0x20)); break;
                case 3: sb.Append(Pick(random, Invisible)); break;
                default: sb.Append((char)random.Next(0x20, 0xD800)); break;
            }
        }

        return sb.ToString();
    }

    private static string CommandWithGarbage(Random random)
    {
        var tail = random.Next(3) == 0 ? RandomUnicode(random) : "";
        return $"{Pick(random, Commands)} {Pick(random, Arguments)} {tail[..Math.Min(tail.Length, 12)]}";
    }

    private static string Injection(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(2) == 0 ? Pick(random, Mentions) : Pick(random, Markup)))
        + (random.Next(2) == 0 ? " remittances" : "");

    private static string ZeroWidthCommand(Random random)
    {
        var text = $"{Pick(random, Commands)} {Pick(random, Arguments)}";
        var at = random.Next(text.Length + 1);
        return text[..at] + Pick(random, Invisible) + text[at..];
    }

    private static string FtsQuestion(Random random) =>
        $"{(random.Next(2) == 0 ? "what does it say about " : "")}{Pick(random, Fts)} {Pick(random, Fts)} {Pick(random, Mentions)}";

    private static string Long(Random random)
    {
        var unit = random.Next(3) switch { 0 => "remittances ", 1 => "<@&1> @everyone ", _ => "\u200B" };
        var length = random.Next(4) == 0 ? 100 * 1024 : random.Next(1900, 9000);
        return new StringBuilder(length + unit.Length).Insert(0, unit, length / unit.Length + 1).ToString(0, length);
    }

    private static string Controls(Random random) =>
        $"\u001b[31m{Pick(random, Commands)}\r\n\0\t{Pick(random, Arguments)}\u0007\u007f\u0085\u2028\u2029";

    private static string Mixed(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => random.Next(5) switch
        {
            0 => Pick(random, Mentions),
            1 => Pick(random, Markup),
            2 => Pick(random, Fts),
            3 => Pick(random, Invisible),
            _ => Pick(random, Commands) + " " + Pick(random, Arguments),
        } + " "));
}
