using System.Globalization;
using System.Text.RegularExpressions;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Line-by-line state of the Progress Declaration reader. A line that is not a numbered paragraph,
/// a footnote or a heading continues the previous paragraph: that is how a page break splits one,
/// and a split paragraph is recognisable because it stops without closing punctuation.
/// </summary>
internal sealed partial class PdReadState
{
    private string _heading = "";
    private int? _roundTable;

    public List<PdParagraph> Paragraphs { get; } = [];

    public List<PdFootnote> Footnotes { get; } = [];

    public List<RoundTable> RoundTables { get; } = [];

    public void Read(string line)
    {
        if (Superscript.LeadingNumber(line) is { } footnote)
        {
            Footnotes.Add(new PdFootnote(footnote, line[Superscript.Mark(footnote).Length..].TrimStart(), ""));
        }
        else if (NumberedPattern().Match(line) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == Paragraphs.Count + 1)
        {
            Paragraphs.Add(new PdParagraph(Paragraphs.Count + 1, m.Groups[2].Value, _heading, _roundTable, []));
        }
        else if (Paragraphs.Count > 0 && !EndsClosed(Paragraphs[^1].Text))
        {
            Paragraphs[^1] = Paragraphs[^1] with { Text = Paragraphs[^1].Text + " " + line };
        }
        else if (Paragraphs.Count > 0)
        {
            ReadHeading(line);
        }
    }

    private void ReadHeading(string line)
    {
        _heading = line;
        _roundTable = null;
        if (RoundTablePattern().Match(line) is { Success: true } m)
        {
            var number = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var objectives = ObjectiveNumberPattern().Matches(m.Groups[2].Value)
                .Select(o => int.Parse(o.Value, CultureInfo.InvariantCulture)).ToList();
            var footnote = Superscript.LeadingNumber(m.Groups[3].Value)
                ?? throw ProgressDeclarationParser.Error($"round table {number} heading has no footnote mark");
            RoundTables.Add(new RoundTable(number, line[..^m.Groups[3].Length], objectives, footnote));
            _roundTable = number;
            _heading = line[..^m.Groups[3].Length];
        }
    }

    // A paragraph ending like "including" or "standards," was cut by a page break; "[" is the
    // known stray bracket of ¶21 (removed through the errata), which still closes the paragraph.
    private static bool EndsClosed(string text) => text.Length > 0 && ".:;!?”\"[".Contains(text[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^(\d+)\. (.+)$")]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^Round table (\d) \(objectives ([^)]+)\)(\S+)$")]
    private static partial Regex RoundTablePattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex ObjectiveNumberPattern();
}
