namespace GcmBot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences as (start, length) over the exact text, so a sentence can be
/// quoted as a substring. A sentence ends at ".", "!" or "?" followed by a space and a capital
/// letter or an opening quote; "6.3 per cent", "A/76/642" and "e.g. the" do not end one.
/// Quotations (answers) and milestone sentences (the digest) use this one rule.
/// </summary>
public static class Sentences
{
    private static readonly string[] Abbreviations = ["e.g.", "i.e.", "etc.", "No.", "Dec.", "Art.", "para.", "Mr.", "Ms.", "Dr.", "Hon.", "Sen."];

    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && StartsSentence(text[i + 2]) && !EndsAbbreviation(text, i))
            {
                sentences.Add((start, i + 1 - start));
                start = i + 2;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length - start));
        }

        return sentences;
    }

    /// <summary>
    /// The sentence, or run of sentences, of <paramref name="text"/> that holds <paramref name="phrase"/>,
    /// exactly as written, without trailing white space.
    /// </summary>
    public static string Containing(string text, string phrase)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(phrase);
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"\"{phrase}\" is not in the text.", nameof(phrase));
        }

        var sentences = Split(text);
        var first = sentences.Last(s => s.Start <= at);
        var last = sentences.Last(s => s.Start < at + phrase.Length);
        return text[first.Start..(last.Start + last.Length)].TrimEnd();
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || c is '“' or '"' or '(' or '‘';

    private static bool EndsAbbreviation(string text, int dot)
    {
        foreach (var a in Abbreviations)
        {
            if (dot + 1 >= a.Length
                && string.CompareOrdinal(text, dot + 1 - a.Length, a, 0, a.Length) == 0
                && (dot + 1 == a.Length || !char.IsLetter(text[dot - a.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
