namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Turns a document's lines into blocks, undoing the page layout: footnote lines become footnote
/// blocks in reading order, and text split by a page break (a blank line or a footnote block
/// between the two halves) is joined back with a single space.
/// </summary>
/// <remarks>
/// A line continues the previous paragraph, item or bullet only after such a gap, and only if it
/// starts in lower case, or if the previous paragraph stops mid-sentence, neither is heading-like
/// and the line is not a heading (e.g. "…the Organization of African" / "Unity Convention…"); a
/// numbered heading ("2. Means of implementation") is not a paragraph stopping mid-sentence. A line right below another
/// is never a continuation: these documents put each paragraph on one line. Every split in the
/// corpus falls between two words, so the single space restores the text.
/// </remarks>
internal static class BlockReader
{
    /// <param name="lines">The document's lines.</param>
    /// <param name="ignored">Exact (trimmed) lines that are page furniture, not text, such as "Please recycle".</param>
    public static IReadOnlyList<Block> Read(IReadOnlyList<string> lines, IReadOnlySet<string>? ignored = null)
    {
        var blocks = new List<Block>();
        var open = -1;
        var gap = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (!TextRules.HasLetter(trimmed) || (ignored?.Contains(trimmed) ?? false))
            {
                gap = true;
                continue;
            }

            var block = LineSyntax.Classify(lines[i], i + 1);
            if (block.Kind == BlockKind.Footnote)
            {
                blocks.Add(block);
                gap = true;
                continue;
            }

            if (gap && open >= 0 && Continues(blocks[open], block))
            {
                blocks[open] = blocks[open] with { Text = blocks[open].Text + " " + block.Text };
            }
            else
            {
                blocks.Add(block);
                open = block.Kind is BlockKind.Heading or BlockKind.Row ? -1 : blocks.Count - 1;
            }

            gap = false;
        }

        return blocks;
    }

    private static bool Continues(Block previous, Block next) =>
        next.Kind is BlockKind.Prose or BlockKind.Heading
        && (TextRules.StartsLowercase(next.Text)
            || (next.Kind == BlockKind.Prose
                && previous.Kind is BlockKind.Numbered or BlockKind.Prose
                && !TextRules.EndsSentence(previous.Text)
                && !TextRules.IsHeadingLike(previous.Text)));
}
