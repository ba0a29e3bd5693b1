namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Judgements on a line's text that decide headings and page-break continuations.</summary>
internal static class TextRules
{
    // The longest heading in the corpus is 125 characters; text split at a page break is longer.
    public const int MaxHeadingLength = 150;

    private const string SentenceEnds = ".:;!?";

    // Closing quotes, emphasis, brackets and footnote marks may follow the full stop.
    private const string Trailers = "\"”’'*)]⁰¹²³⁴⁵⁶⁷⁸⁹ ";

    /// <summary>True when the text ends a sentence or introduces a list ("as follows:-", "comprised the following -").</summary>
    public static bool EndsSentence(string text)
    {
        if (text.EndsWith(":-", StringComparison.Ordinal) || text.EndsWith(" -", StringComparison.Ordinal))
        {
            return true;
        }

        var trimmed = text.TrimEnd(Trailers.ToCharArray());
        return trimmed.Length > 0 && SentenceEnds.Contains(trimmed[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// A heading is a line that does not end a sentence or a clause and is short or in capitals;
    /// long unpunctuated lines are paragraphs whose end was lost at a page break.
    /// </summary>
    public static bool IsHeadingLike(string text) =>
        HasLetter(text)
        && !EndsSentence(text)
        && !text.EndsWith(',')
        && (text.Length <= MaxHeadingLength || IsCapitals(text));

    /// <summary>Lines with no letter at all (".....", "-", "12/6/18") are layout residue.</summary>
    public static bool HasLetter(string text) => text.Any(char.IsLetter);

    public static bool IsCapitals(string text) =>
        text.Where(char.IsLetter).All(char.IsUpper);

    public static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);
}
