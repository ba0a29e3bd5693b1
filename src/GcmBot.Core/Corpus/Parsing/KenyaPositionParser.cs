using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Reads Kenya's National Position on the GCM: the table of contents is skipped; the text is read
/// as the Introduction, "Migration in Kenya" and the thematic sections "I. …" to "VI. …", each
/// with its sub-headings, paragraphs and bullets ("- ❖ …", "- …", indented " - …").
/// </summary>
/// <remarks>
/// A sub-heading is a line of its own that is not a bullet, does not end a sentence or clause and
/// is at most 150 characters (see <see cref="TextRules.IsHeadingLike"/>); in this document that
/// finds exactly the sub-headings its table of contents lists. Lines ending in ";" or ":" ("The
/// Global Compact should;") introduce bullets and stay paragraphs.
/// </remarks>
public static class KenyaPositionParser
{
    private const string Contents = "Table of Contents";
    private const string BulletMark = "❖";

    public static Parsed<KenyaPosition> Parse(IReadOnlyList<string> lines)
    {
        var sections = new List<KenyaSectionBuilder>();
        foreach (var block in BlockReader.Read(AfterContents(lines)))
        {
            if (block.Kind == BlockKind.Heading)
            {
                if (StartsSection(block.Text) is { } section)
                {
                    sections.Add(section);
                    continue;
                }

                if (sections.Count > 0)
                {
                    sections[^1].StartSubsection(block.Text);
                    continue;
                }
            }

            if (sections.Count == 0)
            {
                throw new CorpusIntegrityException($"Kenya position: text before its Introduction, line {block.Line} after the contents: \"{block.FullText}\".");
            }

            var isBullet = block.Kind is BlockKind.Bullet or BlockKind.SubBullet;
            sections[^1].AddItem(isBullet ? WithoutMark(block.Text) : block.FullText, isBullet);
        }

        return new Parsed<KenyaPosition>(
            new KenyaPosition([.. sections.Select(s => s.Build())]),
            [.. sections.SelectMany(s => s.Passages)]);
    }

    private static KenyaSectionBuilder? StartsSection(string heading) => heading switch
    {
        "Introduction" => new KenyaSectionBuilder("intro", null, heading, heading),
        "Migration in Kenya" => new KenyaSectionBuilder("migration", null, heading, heading),
        _ when LineSyntax.RomanHeading(heading) is { Success: true } roman =>
            new KenyaSectionBuilder(roman.Groups["n"].Value, roman.Groups["n"].Value, roman.Groups["t"].Value, heading),
        _ => null,
    };

    // The contents are the tab-separated "title<TAB>page" lines after their heading.
    private static List<string> AfterContents(IReadOnlyList<string> lines)
    {
        var index = lines.ToList().FindIndex(l => l.Trim() == Contents);
        if (index < 0)
        {
            throw new CorpusIntegrityException("Kenya position: its \"Table of Contents\" heading was not found.");
        }

        index++;
        while (index < lines.Count && (lines[index].Trim().Length == 0 || lines[index].Contains('\t', StringComparison.Ordinal)))
        {
            index++;
        }

        return [.. lines.Skip(index)];
    }

    private static string WithoutMark(string text) =>
        text.StartsWith(BulletMark, StringComparison.Ordinal) ? text[BulletMark.Length..].TrimStart() : text;
}
