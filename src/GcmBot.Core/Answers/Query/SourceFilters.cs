using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// Document names in a question ("what did Kenya say…", "…in the Progress Declaration", "zero
/// draft", "ICMPD"): they narrow the answer to those documents and are not searched as words.
/// </summary>
internal static partial class SourceFilters
{
    public static (HashSet<Source> Sources, List<(int Start, int Length)> Spans) Find(string text)
    {
        var sources = new HashSet<Source>();
        var spans = new List<(int, int)>();
        if (NamesNoDocument(text))
        {
            return (sources, spans);
        }

        foreach (Match m in Pattern().Matches(text))
        {
            var source = m.Groups switch
            {
                var g when g["kenya"].Success => Source.Kenya,
                var g when g["pd"].Success => Source.ProgressDeclaration,
                var g when g["zd"].Success => Source.ZeroDraft,
                var g when g["icmpd"].Success => Source.Icmpd,
                var g when g["nyd"].Success => Source.NewYorkDeclaration,
                var g when g["sg"].Success => Source.SecretaryGeneralReport,
                var g when g["report"].Success => Source.DelegationReport,
                _ => Source.Objectives,
            };
            sources.Add(source);
            spans.Add((m.Index, m.Length));
        }

        return (sources, spans);
    }

    // Every name the pattern knows contains one of these words, in any case, so an ASCII text with none
    // of them names no document and the pattern need not run. Outside ASCII the pattern's case rules
    // reach further (a Kelvin sign is a "k" to it), so there it always runs.
    private static readonly SearchValues<string> NameWords = SearchValues.Create(
        ["kenya", "progress", "imrf", "migration", "pd", "zero", "zd", "york", "nyd", "secretary", "sg", "a/72/643", "delegation", "ipu", "final", "objectives"],
        StringComparison.OrdinalIgnoreCase);

    private static bool NamesNoDocument(string text) => Ascii.IsValid(text) && !text.AsSpan().ContainsAny(NameWords);

    [GeneratedRegex(
        @"(?<kenya>\b(?:the\s+)?kenyan?(?:'s|s)?(?:\s+(?:national\s+)?(?:position|government|delegation's\s+position)(?:\s+paper)?)?)\b|" +
        @"(?<pd>\b(?:the\s+)?(?:progress\s+declaration|imrf(?:\s+declaration)?|(?:international\s+)?migration\s+review\s+forum|pd)\b)|" +
        @"(?<zd>\b(?:the\s+)?(?:zero[\s-]+draft|zd)\b)|" +
        @"(?<icmpd>\b(?:the\s+)?icmpd(?:'s)?(?:\s+input)?\b)|" +
        @"(?<nyd>\b(?:the\s+)?(?:new\s+york\s+declaration|nyd)\b)|" +
        @"(?<sg>\b(?:the\s+)?(?:secretary[\s-]+general(?:'s)?\s+report|report\s+of\s+the\s+secretary[\s-]+general|sg(?:'s)?\s+report|a/72/643)\b)|" +
        @"(?<report>\b(?:the\s+)?(?:(?:parliamentary\s+)?delegation(?:'s)?\s+report|report\s+of\s+the\s+(?:kenyan\s+)?(?:parliamentary\s+)?delegation|ipu\s+hearing)\b)|" +
        @"(?<gcm>\b(?:the\s+)?(?:final\s+text|objectives\s+text)\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
