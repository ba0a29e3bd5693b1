using System.Collections.Concurrent;

namespace GcmBot.Core.Search;

/// <summary>
/// Martin Porter's 1980 stemming algorithm, the one FTS5's "porter" tokenizer applies, so the
/// query parser recognises lexicon phrases by the same stems the index matches ("locked",
/// "locking" → "lock"). Input: a folded (lower-case) word; words of two letters or less are kept.
/// </summary>
public static partial class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
        "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    // Stems are asked for over and over (every question, every lexicon phrase); questions can bring
    // any number of new words, so the memo is bounded.
    private const int MaxMemo = 100_000;
    private static readonly ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Memo.TryGetValue(word, out var memo))
        {
            return memo;
        }

        var stem = Compute(word);
        if (Memo.Count < MaxMemo)
        {
            Memo.TryAdd(word, stem);
        }

        return stem;
    }

    private static string Compute(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = Step1(word);
        w = ReplaceLongest(w, Step2Rules, 0);
        w = ReplaceLongest(w, Step3Rules, 0);
        w = Step4(w);
        return Step5(w);
    }

    private static string Step1(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            if (Measure(w, w.Length - 3) > 0)
            {
                w = w[..^1];
            }
        }
        else if (TrimIfVowelBefore(w, "ed", out var trimmed) || TrimIfVowelBefore(w, "ing", out trimmed))
        {
            w = Tidy1b(trimmed);
        }

        // Step 1c: a final y after a vowel-bearing stem becomes i.
        return w.EndsWith('y') && HasVowel(w, w.Length - 1) ? w[..^1] + "i" : w;
    }

    private static bool TrimIfVowelBefore(string w, string suffix, out string trimmed)
    {
        trimmed = w;
        if (!w.EndsWith(suffix, StringComparison.Ordinal) || !HasVowel(w, w.Length - suffix.Length))
        {
            return false;
        }

        trimmed = w[..^suffix.Length];
        return true;
    }

    private static string Tidy1b(string w)
    {
        if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal))
        {
            return w + "e";
        }

        if (EndsWithDoubleConsonant(w, w.Length) && w[^1] is not ('l' or 's' or 'z'))
        {
            return w[..^1];
        }

        return Measure(w, w.Length) == 1 && EndsCvc(w, w.Length) ? w + "e" : w;
    }

    private static string ReplaceLongest(string w, (string Suffix, string Replacement)[] rules, int minMeasure)
    {
        var rule = (Suffix: "", Replacement: "");
        foreach (var candidate in rules)
        {
            if (candidate.Suffix.Length > rule.Suffix.Length && w.EndsWith(candidate.Suffix, StringComparison.Ordinal))
            {
                rule = candidate;
            }
        }

        if (rule.Suffix.Length == 0)
        {
            return w;
        }

        var stemLength = w.Length - rule.Suffix.Length;
        return Measure(w, stemLength) > minMeasure ? w[..stemLength] + rule.Replacement : w;
    }

    private static string Step4(string w)
    {
        var suffix = Step4Suffixes.Where(s => w.EndsWith(s, StringComparison.Ordinal)).MaxBy(s => s.Length);
        if (suffix is null)
        {
            return w;
        }

        var stemLength = w.Length - suffix.Length;
        if (suffix == "ion" && (stemLength == 0 || w[stemLength - 1] is not ('s' or 't')))
        {
            return w;
        }

        return Measure(w, stemLength) > 1 ? w[..stemLength] : w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var m = Measure(w, w.Length - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, w.Length - 1)))
            {
                w = w[..^1];
            }
        }

        return w.EndsWith("ll", StringComparison.Ordinal) && Measure(w, w.Length) > 1 ? w[..^1] : w;
    }
}
