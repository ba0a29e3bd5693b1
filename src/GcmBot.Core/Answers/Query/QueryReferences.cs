using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// Finds direct references anywhere in a question: "objective 13", "obj 13h", "13(h)",
/// "paragraph 67 of the progress declaration", "PD 67", "Kenya section IV". Out-of-range numbers
/// are not references (there is no objective 24), so they stay ordinary words.
/// </summary>
internal static partial class QueryReferences
{
    public const int ObjectiveCount = 23;
    public const int PdParagraphCount = 77;
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI"];

    public sealed record Found(
        List<ObjectiveReference> Objectives,
        List<int> PdParagraphs,
        List<string> KenyaSections,
        List<(int Start, int Length)> Spans);

    public static Found Find(string text, IReadOnlySet<Source> sources)
    {
        var found = new Found([], [], [], []);
        var digits = HasDigit(text);
        foreach (var m in MatchesIf(digits, ObjectivePattern(), text))
        {
            if (AddObjective(found, m.Groups["n"].Value, Letter(m)))
            {
                found.Spans.Add((m.Index, m.Length));
            }

            foreach (Capture more in m.Groups["more"].Captures)
            {
                AddObjective(found, more.Value, null);
            }
        }

        foreach (var m in MatchesIf(digits, BareActionPattern(), text))
        {
            if (AddObjective(found, m.Groups["n"].Value, m.Groups["l"].Value))
            {
                found.Spans.Add((m.Index, m.Length));
            }
        }

        // A bare "paragraph 12" means the Progress Declaration unless another document is named.
        var otherDocument = sources.Any(s => s is not (Source.ProgressDeclaration or Source.Kenya or Source.Objectives));
        foreach (var m in MatchesIf(digits, PdPattern(), text))
        {
            var explicitPd = m.Groups["pd"].Success;
            if ((explicitPd || !otherDocument) && Number(m.Groups["n"].Value) is { } n and >= 1 and <= PdParagraphCount)
            {
                AddOnce(found.PdParagraphs, n);
                found.Spans.Add((m.Index, m.Length));
            }
        }

        foreach (var m in MatchesIf(!NamesNoSection(text), KenyaPattern(), text))
        {
            var kenyaNamed = m.Groups["kenya"].Success || sources.Contains(Source.Kenya);
            if (kenyaNamed && Numeral(m.Groups["s"].Value) is { } numeral)
            {
                AddOnce(found.KenyaSections, numeral);
                found.Spans.Add((m.Index, m.Length));
            }
        }

        return found;
    }

    private static IEnumerable<Match> MatchesIf(bool run, Regex pattern, string text) => run ? pattern.Matches(text) : [];

    // The objective, action and paragraph patterns all need a number: without a digit (\d is any
    // Unicode decimal digit, as char.IsDigit) they cannot match, and need not run.
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // Every Kenya section reference has "kenya" or "section", "part", "chapter" or "§" (not ASCII) in
    // it, in any case. As for document names, outside ASCII the pattern always runs.
    private static bool NamesNoSection(string text) => Ascii.IsValid(text) && !text.AsSpan().ContainsAny(SectionWords);

    private static readonly SearchValues<string> SectionWords =
        SearchValues.Create(["kenya", "section", "part", "chapter"], StringComparison.OrdinalIgnoreCase);

    private static string? Letter(Match m) =>
        m.Groups["l1"].Success ? m.Groups["l1"].Value
        : m.Groups["l2"].Success ? m.Groups["l2"].Value
        : m.Groups["l3"].Success ? m.Groups["l3"].Value
        : null;

    private static bool AddObjective(Found found, string number, string? letter)
    {
        if (Number(number) is not { } n || n < 1 || n > ObjectiveCount)
        {
            return false;
        }

        var reference = new ObjectiveReference(n, letter?.ToLowerInvariant());
        if (!found.Objectives.Contains(reference))
        {
            found.Objectives.Add(reference);
        }

        return true;
    }

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Numeral(string value)
    {
        if (Number(value) is { } n)
        {
            return n is >= 1 and <= 6 ? Numerals[n - 1] : null;
        }

        var upper = value.ToUpperInvariant();
        return Numerals.Contains(upper) ? upper : null;
    }

    // "objective 13", "objectives 13 and 21", "obj 13h", "objective 13(h)", "objective 13 h" (letter last).
    [GeneratedRegex(
        @"\b(?:objectives?|obj|goal)\.?\s*(?:no\.?\s*|number\s*|#\s*)?(?<n>\d{1,2})(?!\d)" +
        @"(?:\s*\(\s*(?<l1>[a-l])\s*\)|(?<l2>[a-l])\b|\s+(?<l3>[a-l])(?=\s*(?:$|[,.;:?!)])))?" +
        @"(?:\s*(?:,|and|&|or)\s*(?<more>\d{1,2})\b)*",
        RegexOptions.IgnoreCase)]
    private static partial Regex ObjectivePattern();

    // "13(h)" on its own; not "¶44(c)" or "paragraph 44(c)", which belong to other documents.
    [GeneratedRegex(@"(?<![\w¶§/.(]|[¶§]\s|(?:paragraph|para|par)\.?\s{0,3})\b(?<n>\d{1,2})\s*\((?<l>[a-l])\)", RegexOptions.IgnoreCase)]
    private static partial Regex BareActionPattern();

    // "paragraph 67 of the progress declaration", "PD 67", "PD ¶67", "Progress Declaration paragraph 67", "¶67".
    [GeneratedRegex(
        @"(?:(?:\b(?:paragraph|para|par)|¶)\.?\s*(?<n>\d{1,3})\b(?!\s*\()(?:\s+(?:of|in)\s+(?:the\s+)?(?<pd>progress\s+declaration|pd|imrf(?:\s+declaration)?))?)|" +
        @"(?:(?<pd>\bprogress\s+declaration|\bpd|\bimrf)(?:'s)?\s*,?\s*(?:paragraph|para|par|¶)?\.?\s*(?<n>\d{1,3})\b(?!\s*\())",
        RegexOptions.IgnoreCase)]
    private static partial Regex PdPattern();

    // "Kenya section IV", "Kenya's position §IV", "section IV of Kenya's position", "Kenya IV".
    [GeneratedRegex(
        @"(?<kenya>\bkenyan?(?:'s)?)\s+(?:national\s+)?(?:position\s+)?(?:paper\s+)?(?:section|part|chapter|§)\s*(?<s>[ivx]{1,3}|[1-6])\b|" +
        @"(?:section|part|chapter|§)\s*(?<s>[ivx]{1,3}|[1-6])\b(?:\s+of\s+(?:the\s+)?(?<kenya>kenyan?(?:'s)?)(?:\s+(?:national\s+)?position)?)?|" +
        @"(?<kenya>\bkenyan?(?:'s)?)\s+(?:position\s+)?(?<s>ii|iii|iv|v|vi)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex KenyaPattern();
}
