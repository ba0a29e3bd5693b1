using System.Text.RegularExpressions;

namespace GcmBot.Core.Digest;

/// <summary>
/// Finds a numbered paragraph ("44. ...") or one of its lettered items ("- c) ...", "(a) ...") in a
/// document's raw lines, returning the text exactly as written after the number or letter.
/// </summary>
internal static partial class NumberedParagraphs
{
    public static string? Find(IReadOnlyList<string> lines, int paragraph, string? item)
    {
        var start = IndexOf(lines, paragraph, 0);
        if (start < 0)
        {
            return null;
        }

        if (item is null)
        {
            return ParagraphStart(paragraph).Replace(lines[start], string.Empty, 1);
        }

        // Items sit on the lines between this paragraph and the next one.
        var next = IndexOf(lines, paragraph + 1, start + 1);
        var end = next < 0 ? lines.Count : next;
        for (var i = start + 1; i < end; i++)
        {
            var match = ItemLine().Match(lines[i]);
            if (match.Success && match.Groups["letter"].Value == item)
            {
                return match.Groups["text"].Value;
            }
        }

        return null;
    }

    /// <summary>The sentence of <paramref name="text"/> that contains <paramref name="phrase"/>.</summary>
    public static string SentenceContaining(string text, string phrase)
    {
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"\"{phrase}\" is not in the text.", nameof(phrase));
        }

        var start = 0;
        foreach (Match boundary in SentenceEnd().Matches(text))
        {
            var after = boundary.Index + boundary.Length;
            if (after <= at)
            {
                start = after;
            }
            else if (boundary.Index >= at + phrase.Length)
            {
                return text[start..(boundary.Index + 1)];
            }
        }

        return text[start..].TrimEnd();
    }

    private static int IndexOf(IReadOnlyList<string> lines, int paragraph, int from)
    {
        var pattern = ParagraphStart(paragraph);
        for (var i = from; i < lines.Count; i++)
        {
            if (pattern.IsMatch(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static Regex ParagraphStart(int paragraph) =>
        new($"^\\s*{paragraph}\\.\\s+", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^\s*(?:-\s*)?\(?(?<letter>[a-z])\)\s+(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLine();

    // A full stop, then space(s), then the capital letter that opens the next sentence.
    [GeneratedRegex(@"\.\s+(?=[A-Z“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
