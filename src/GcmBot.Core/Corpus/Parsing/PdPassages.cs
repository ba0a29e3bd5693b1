using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>The Progress Declaration's citable passages: its paragraphs, then its footnotes.</summary>
internal static class PdPassages
{
    public static IEnumerable<Passage> For(ProgressDeclaration document)
    {
        foreach (var p in document.Paragraphs)
        {
            yield return new Passage(
                PassageId.PdParagraph(p.Number), DocumentIds.ProgressDeclaration, Citations.PdParagraph(p.Number),
                p.Text, p.Heading, PassageKind.Paragraph)
            {
                Paragraph = p.Number,
                Section = p.RoundTable is { } table ? $"round table {table}" : null,
            };
        }

        foreach (var f in document.Footnotes)
        {
            yield return new Passage(
                PassageId.PdFootnote(f.Number), DocumentIds.ProgressDeclaration, Citations.PdFootnote(f.Number),
                f.Text, $"Footnote to {f.AttachedTo}", PassageKind.Footnote);
        }
    }
}
