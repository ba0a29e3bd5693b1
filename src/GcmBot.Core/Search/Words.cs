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
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i += Width(text, i);
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i += Width(text, i);
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

    private static int Width(string text, int i) => char.IsSurrogatePair(text, i) ? 2 : 1;

    // As FTS5's unicode61 tokenizer: letters, numbers (including "²") and private-use characters,
    // by code point (an emoji is a symbol; a lone surrogate is nothing).
    private static bool IsWordChar(string text, int i)
    {
        if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(text, i) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.PrivateUse => true,
            _ => false,
        };
    }
}

/// <summary>A folded word and where it stands in the original text.</summary>
public readonly record struct Word(string Text, int Start, int Length);
