using System.Globalization;
using System.Text;

namespace GcmBot.Core.Search;

/// <summary>
/// Splits free text into lower-case words (runs of letters and digits) with their positions.
/// Everything else — quotes, operators, brackets, emoji — separates words, which is what keeps
/// user text out of FTS5's query syntax.
/// </summary>
public static class Words
{
    public static IReadOnlyList<Word> Split(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            words.Add(new Word(Fold(text.AsSpan(start, i - start)), start, i - start));
        }

        return words;
    }

    /// <summary>Lower case without diacritics, so "Détention" and "detention" compare equal.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        if (Ascii.IsValid(lower))
        {
            return lower;
        }

        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Lone surrogates (half an emoji) and combining marks are never word characters on their own.
    private static bool IsWordChar(string text, int i) =>
        !char.IsSurrogate(text[i]) && char.IsLetterOrDigit(text[i]);
}

/// <summary>A folded word and where it stands in the original text.</summary>
public readonly record struct Word(string Text, int Start, int Length);
