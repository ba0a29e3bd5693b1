using System.Globalization;
using System.Text.RegularExpressions;
using GcmBot.Core.Corpus.Errata;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Reads the Progress Declaration: numbered paragraphs under headings, footnote blocks that
/// interrupt paragraphs at page breaks, and the four round-table headings.
/// </summary>
public static partial class ProgressDeclarationParser
{
    private const string File = "corpus/progress-declaration-imrf-2022.txt";

    public static Parsed<ProgressDeclaration> Parse(IReadOnlyList<string> lines, ErrataBook errata)
    {
        var state = new PdReadState();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                state.Read(line);
            }
        }

        var paragraphs = state.Paragraphs
            .Select(p => p with { Text = errata.Apply(PassageId.PdParagraph(p.Number), p.Text) })
            .Select(p => p with { FootnoteNumbers = FootnotesIn(p.Text, state.Footnotes) })
            .ToList();
        var footnotes = state.Footnotes.Select(f => f with { AttachedTo = AttachmentOf(f, paragraphs, state.RoundTables) }).ToList();
        var document = new ProgressDeclaration(paragraphs, state.RoundTables, footnotes);
        return new Parsed<ProgressDeclaration>(document, [.. PdPassages.For(document)]);
    }

    /// <summary>Objective titles as footnotes 1 to 4 give them (italic asterisks removed).</summary>
    public static IReadOnlyDictionary<int, string> ObjectiveTitles(ProgressDeclaration declaration)
    {
        var titles = new Dictionary<int, string>();
        foreach (var footnote in declaration.Footnotes)
        {
            foreach (Match m in FootnoteTitlePattern().Matches(footnote.Text))
            {
                titles[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Groups[2].Value.Replace("*", "", StringComparison.Ordinal).Trim();
            }
        }

        return titles;
    }

    internal static CorpusIntegrityException Error(string what) => new($"{File}: {what}.");

    private static List<int> FootnotesIn(string text, IEnumerable<PdFootnote> footnotes) =>
        [.. footnotes.Where(f => text.Contains(Superscript.Mark(f.Number), StringComparison.Ordinal)).Select(f => f.Number)];

    private static string AttachmentOf(PdFootnote footnote, IReadOnlyList<PdParagraph> paragraphs, IReadOnlyList<RoundTable> tables)
    {
        if (tables.FirstOrDefault(t => t.FootnoteNumber == footnote.Number) is { } table)
        {
            return $"round table {table.Number}";
        }

        var paragraph = paragraphs.FirstOrDefault(p => p.FootnoteNumbers.Contains(footnote.Number))
            ?? throw Error($"footnote {footnote.Number} has no reference mark in the text");
        return $"¶{paragraph.Number}";
    }

    [GeneratedRegex(@"Objective (\d+): (.+?)[;.](?= Objective \d+:|$)")]
    private static partial Regex FootnoteTitlePattern();
}
