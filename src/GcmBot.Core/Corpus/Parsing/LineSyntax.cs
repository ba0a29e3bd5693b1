using System.Globalization;
using System.Text.RegularExpressions;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Recognises the line markers these converted documents use (numbers, letters, bullets, footnotes).</summary>
internal static partial class LineSyntax
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Classifies one non-blank source line (1-based <paramref name="lineNumber"/>) on its own.</summary>
    public static Block Classify(string rawLine, int lineNumber)
    {
        var line = rawLine.Trim();
        if (Superscripts.Contains(line[0], StringComparison.Ordinal))
        {
            var digits = new string([.. line.TakeWhile(c => Superscripts.Contains(c, StringComparison.Ordinal))]);
            var note = line[digits.Length..].TrimStart();
            return new Block(BlockKind.Footnote, note, lineNumber)
            {
                Number = FromSuperscript(digits),
                Prefix = line[..(line.Length - note.Length)],
            };
        }

        if (NumberedRegex().Match(line) is { Success: true } numbered)
        {
            return Marked(BlockKind.Numbered, line, numbered, lineNumber) with
            {
                Number = int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture),
            };
        }

        if (ItemRegex().Match(line) is { Success: true } item)
        {
            return Marked(BlockKind.Item, line, item, lineNumber) with { Marker = item.Groups["m"].Value };
        }

        if (BulletRegex().Match(line) is { Success: true } bullet)
        {
            var indented = char.IsWhiteSpace(rawLine[0]);
            return Marked(indented ? BlockKind.SubBullet : BlockKind.Bullet, line, bullet, lineNumber);
        }

        if (line.Contains('\t', StringComparison.Ordinal))
        {
            return new Block(BlockKind.Row, line, lineNumber);
        }

        var heading = TextRules.IsHeadingLike(line) || IsRomanHeading(line);
        return new Block(heading ? BlockKind.Heading : BlockKind.Prose, line, lineNumber);
    }

    /// <summary>"IV. Contributions of migrants…": a section heading even when it ends with a full stop.</summary>
    public static bool IsRomanHeading(string text) => RomanHeadingRegex().IsMatch(text) && text.Length <= TextRules.MaxHeadingLength;

    public static Match RomanHeading(string text) => RomanHeadingRegex().Match(text);

    /// <summary>"B. Promoting regular migration": a sub-section heading of the Secretary-General's report.</summary>
    public static bool IsLetteredHeading(string text) => LetteredHeadingRegex().IsMatch(text);

    /// <summary>"Annex II": returns the numeral, or null.</summary>
    public static string? AnnexNumeral(string text) =>
        AnnexRegex().Match(text) is { Success: true } annex ? annex.Groups["n"].Value : null;

    private static Block Marked(BlockKind kind, string line, Match match, int lineNumber)
    {
        var text = match.Groups["t"];
        return new Block(kind, text.Value, lineNumber) { Prefix = line[..text.Index] };
    }

    private static int FromSuperscript(string digits) =>
        digits.Aggregate(0, (value, c) => (value * 10) + Superscripts.IndexOf(c, StringComparison.Ordinal));

    // "12. text", "- 52. text", and the Zero Draft's "- 14 text" (a bullet-marked number without its full stop).
    [GeneratedRegex(@"^(?:- )?(?<n>\d{1,3})\.\s+(?<t>\S.*)$|^- (?<n>\d{1,3})\s+(?<t>\S.*)$")]
    private static partial Regex NumberedRegex();

    // "a) text", "- a) text", "(a) text", "- (iv) text": a single letter or a roman numeral.
    [GeneratedRegex(@"^(?:- )?\(?(?<m>[a-z]|[ivx]{1,5})\)\s+(?<t>\S.*)$")]
    private static partial Regex ItemRegex();

    [GeneratedRegex(@"^- (?<t>\S.*)$")]
    private static partial Regex BulletRegex();

    [GeneratedRegex(@"^(?<n>[IVX]+)\.\s+(?<t>\S.*)$")]
    private static partial Regex RomanHeadingRegex();

    [GeneratedRegex(@"^[A-Z]\.\s+\S")]
    private static partial Regex LetteredHeadingRegex();

    [GeneratedRegex(@"^Annex (?<n>[IVX]+)$")]
    private static partial Regex AnnexRegex();
}
