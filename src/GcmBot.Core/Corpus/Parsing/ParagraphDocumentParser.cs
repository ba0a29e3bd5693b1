using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Reads the delegation report, the New York Declaration and the Secretary-General's report at
/// paragraph level: numbered paragraphs keep their number, lettered items become their own
/// passages, unnumbered text is kept in order, footnotes are taken out of the text into
/// footnote passages, and headings become each passage's context.
/// </summary>
public static class ParagraphDocumentParser
{
    public static Parsed<SectionedDocument> Parse(IReadOnlyList<string> lines, ParagraphDocumentOptions options, string title)
    {
        var builder = new ParagraphPassageBuilder(options);
        foreach (var block in Body(lines, options))
        {
            builder.Add(block);
        }

        var passages = builder.Passages;
        return new Parsed<SectionedDocument>(new SectionedDocument(options.DocumentId, title, passages), passages);
    }

    /// <summary>The document's blocks from its body-start heading on; the cover page before it is not text to quote.</summary>
    internal static IEnumerable<Block> Body(IReadOnlyList<string> lines, ParagraphDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var blocks = BlockReader.Read(lines, options.Ignored);
        var start = blocks.ToList().FindIndex(b => b.Kind == BlockKind.Heading && b.Text == options.BodyStart);
        if (start < 0)
        {
            throw new CorpusIntegrityException(
                $"Document '{options.DocumentId}': the heading \"{options.BodyStart}\" where its text starts was not found.");
        }

        return blocks.Skip(start);
    }
}
