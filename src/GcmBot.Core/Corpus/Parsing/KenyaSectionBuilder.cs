using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// Collects one section of the Kenya position: its sub-headings and items, each item with its
/// passage id kenya/{key}/{sub}/{item}. Sub 0 is the text before the first sub-heading; the
/// sub-headings count from 1 and the items from 1 within each.
/// </summary>
internal sealed class KenyaSectionBuilder(string key, string? numeral, string title, string heading)
{
    private readonly List<(string? Heading, List<KenyaItem> Items)> _subsections = [(null, [])];
    private readonly List<Passage> _passages = [];
    private int _paragraphs;
    private int _bullets;

    public IReadOnlyList<Passage> Passages => _passages;

    public void StartSubsection(string subheading)
    {
        _subsections.Add((subheading, []));
        (_paragraphs, _bullets) = (0, 0);
    }

    public void AddItem(string text, bool isBullet)
    {
        var sub = _subsections.Count - 1;
        var (subheading, items) = _subsections[sub];
        var id = PassageId.KenyaItem(key, sub, items.Count + 1);
        var counted = isBullet ? $"bullet {++_bullets}" : $"paragraph {++_paragraphs}";
        var section = numeral is null ? $"Kenya position, {title}" : $"Kenya position §{numeral}";
        var label = subheading is null ? $"{section}, {counted}" : $"{section} — {subheading}, {counted}";
        var context = subheading is null ? heading : heading + HeadingPath.Separator + subheading;
        items.Add(new KenyaItem(id, text, isBullet));
        _passages.Add(new Passage(id, DocumentIds.KenyaPosition, label, text, context, isBullet ? PassageKind.Bullet : PassageKind.Paragraph)
        {
            Section = key,
        });
    }

    public KenyaSection Build() => new(
        numeral,
        title,
        [.. _subsections.Where(s => s.Heading is not null || s.Items.Count > 0).Select(s => new KenyaSubsection(s.Heading, s.Items))]);
}
