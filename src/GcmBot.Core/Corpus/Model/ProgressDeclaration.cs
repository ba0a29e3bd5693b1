namespace GcmBot.Core.Corpus.Model;

/// <summary>Progress Declaration of the International Migration Review Forum (2022).</summary>
public sealed record ProgressDeclaration(
    IReadOnlyList<PdParagraph> Paragraphs,
    IReadOnlyList<RoundTable> RoundTables,
    IReadOnlyList<PdFootnote> Footnotes)
{
    public PdParagraph? Paragraph(int number) =>
        number >= 1 && number <= Paragraphs.Count ? Paragraphs[number - 1] : null;

    public RoundTable? RoundTableFor(int objective) =>
        RoundTables.FirstOrDefault(r => r.Objectives.Contains(objective));
}

/// <summary>A paragraph with page-break splits rejoined and footnote text removed.</summary>
public sealed record PdParagraph(
    int Number,
    string Text,
    string Heading,
    int? RoundTable,
    IReadOnlyList<int> FootnoteNumbers);

/// <summary>A round table heading and the objectives it covers.</summary>
public sealed record RoundTable(int Number, string Heading, IReadOnlyList<int> Objectives, int FootnoteNumber);

/// <summary>
/// A footnote, kept out of paragraph text and attached to where its mark stands:
/// <see cref="AttachedTo"/> is "round table N" or "¶45".
/// </summary>
public sealed record PdFootnote(int Number, string Text, string AttachedTo);
