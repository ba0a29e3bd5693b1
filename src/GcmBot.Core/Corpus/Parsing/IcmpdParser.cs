using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Reads the ICMPD input to the Secretary-General's report. Its numbered headings nest two deep:
/// part 1 (structure and actionable commitments) holds the five thematic objectives 1.1 to 1.5,
/// part 2 is the means of implementation and follow-up and review, part 3 the annex of
/// frameworks per objective (3.1 to 3.5). A heading continuing the inner numbering (n + 1) is an
/// objective; one continuing the part numbering is the next part.
/// </summary>
public static class IcmpdParser
{
    public static Parsed<SectionedDocument> Parse(IReadOnlyList<string> lines, string title)
    {
        var passages = new List<Passage>();
        var path = new HeadingPath();
        var (part, sub) = (0, 0);
        var section = "";
        string? subheading = null;
        var counts = new ItemCounter();
        foreach (var block in BlockReader.Read(lines).SkipWhile(b => b.Kind != BlockKind.Numbered))
        {
            if (block.Kind == BlockKind.Numbered)
            {
                if (part > 0 && block.Number == sub + 1)
                {
                    sub++;
                    path.Set(2, block.FullText);
                }
                else
                {
                    (part, sub) = (block.Number!.Value, 0);
                    path.Clear();
                    path.Set(1, block.FullText);
                }

                section = sub == 0 ? $"{part}" : $"{part}.{sub}";
                (subheading, counts) = (null, new ItemCounter());
                passages.Add(new Passage(PassageId.IcmpdSection(section), DocumentIds.Icmpd, $"ICMPD input §{section}", block.Text, path.ToString(), PassageKind.Heading) { Section = section });
                continue;
            }

            if (block.Kind == BlockKind.Heading)
            {
                subheading = block.Text;
                path.Set(3, block.Text);
                counts.StartSubsection();
                continue;
            }

            var (kind, label) = counts.Next(block.Kind);
            var where = subheading is null ? $"ICMPD input §{section}" : $"ICMPD input §{section} — {subheading}";
            var text = block.Kind is BlockKind.Bullet or BlockKind.SubBullet ? block.Text : block.FullText;
            passages.Add(new Passage(PassageId.IcmpdItem(section, counts.Total), DocumentIds.Icmpd, $"{where}, {label}", text, path.ToString(), kind) { Section = section });
        }

        return new Parsed<SectionedDocument>(new SectionedDocument(DocumentIds.Icmpd, title, passages), passages);
    }

    /// <summary>
    /// Numbers a section's paragraphs, bullets and sub-bullets ("bullet 2, sub-bullet 1") as a reader
    /// counts them under each sub-heading; <see cref="Total"/> runs through the section for the id.
    /// </summary>
    private sealed class ItemCounter
    {
        private int _paragraphs;
        private int _bullets;
        private int _subBullets;

        public int Total { get; private set; }

        public void StartSubsection() => (_paragraphs, _bullets, _subBullets) = (0, 0, 0);

        public (PassageKind Kind, string Label) Next(BlockKind kind)
        {
            Total++;
            switch (kind)
            {
                case BlockKind.Bullet:
                    (_bullets, _subBullets) = (_bullets + 1, 0);
                    return (PassageKind.Bullet, $"bullet {_bullets}");
                case BlockKind.SubBullet:
                    _subBullets++;
                    return (PassageKind.Bullet, $"bullet {_bullets}, sub-bullet {_subBullets}");
                default:
                    _paragraphs++;
                    return (PassageKind.Paragraph, $"paragraph {_paragraphs}");
            }
        }
    }
}
