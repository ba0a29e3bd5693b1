using System.Text.RegularExpressions;

namespace GcmBot.Core.Digest;

/// <summary>Cuts the one sentence that holds a date out of a passage, exactly as written.</summary>
internal static partial class Sentences
{
    /// <summary>The sentence of <paramref name="text"/> that contains <paramref name="phrase"/>.</summary>
    public static string Containing(string text, string phrase)
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

    // A full stop, then space(s), then the capital letter or quotation mark that opens the next sentence.
    [GeneratedRegex(@"\.\s+(?=[A-Z“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
