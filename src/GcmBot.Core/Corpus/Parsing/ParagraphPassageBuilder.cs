using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>Builds a paragraph-level document's passages from its blocks, in order.</summary>
internal sealed class ParagraphPassageBuilder(ParagraphDocumentOptions options)
{
    private readonly List<Passage> _passages = [];
    private readonly HeadingPath _path = new();
    private string? _annex;
    private bool _annexTitleNext;
    private string? _section;
    private int _lastNumber;
    private int _unnumbered;
    private Passage? _parent;
    private int _bullets;

    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>The heading path the next passage will carry.</summary>
    public string Context => _path.ToString();

    private string ScopeLabel => _annex is null ? options.Label : $"{options.Label} annex {_annex}";

    public void Add(Block block)
    {
        if (block.Kind == BlockKind.Heading)
        {
            AddHeading(block.Text);
            return;
        }

        _annexTitleNext = false;
        switch (block.Kind)
        {
            case BlockKind.Numbered when block.Number == _lastNumber + 1:
                _lastNumber++;
                AddParagraph(_annex is null ? PassageId.Paragraph(options.DocumentId, _lastNumber) : PassageId.AnnexParagraph(options.DocumentId, _annex, _lastNumber), $"{ScopeLabel} ¶{_lastNumber}", block.Text, _lastNumber);
                break;
            case BlockKind.Item when _parent is not null:
                AddChild(id => PassageId.Item(id, block.Marker!), _parent.Paragraph is null ? $", item ({block.Marker})" : $"({block.Marker})", block.Text, block.Marker);
                break;
            case BlockKind.Bullet or BlockKind.SubBullet when _parent is not null:
                _bullets++;
                AddChild(id => PassageId.Bullet(id, _bullets), $", bullet {_bullets}", block.Text, letter: null);
                break;
            case BlockKind.Row when _passages.Count > 0:
                ReplaceLast(p => p with { Text = p.Text + "\n" + block.Text });
                break;
            case BlockKind.Footnote:
                Add(new Passage(PassageId.Footnote(options.DocumentId, block.Number!.Value), options.DocumentId, $"{options.Label} footnote {block.Number}", block.Text, _path.ToString(), PassageKind.Footnote) { Section = _section });
                break;
            default:
                // Unnumbered text, and a number that breaks the sequence (a list such as the report's annexes).
                _unnumbered++;
                var after = _lastNumber == 0 ? "before ¶1" : $"after ¶{_lastNumber}";
                AddParagraph(PassageId.Unnumbered(options.DocumentId, _unnumbered), $"{ScopeLabel}, {after}", block.FullText, number: null);
                break;
        }
    }

    private void AddHeading(string heading)
    {
        _parent = null;
        if (LineSyntax.AnnexNumeral(heading) is { } annex)
        {
            (_annex, _section, _lastNumber, _annexTitleNext) = (annex, $"annex {annex}", 0, true);
            _path.Set(0, heading);
            return;
        }

        var level = _annexTitleNext ? 1 : HeadingPath.LevelOf(heading);
        _annexTitleNext = false;
        if (_annex is null && LineSyntax.RomanHeading(heading) is { Success: true } roman)
        {
            _section = roman.Groups["n"].Value;
        }

        _path.Set(level, heading);
    }

    private void AddParagraph(string id, string label, string text, int? number)
    {
        _parent = new Passage(id, options.DocumentId, label, text, _path.ToString(), PassageKind.Paragraph)
        {
            Paragraph = number,
            Section = _section,
        };
        _bullets = 0;
        Add(_parent);
    }

    private void AddChild(Func<string, string> childId, string labelSuffix, string text, string? letter)
    {
        var parent = _parent!;
        Add(parent with
        {
            Id = childId(parent.Id),
            Label = parent.Label + labelSuffix,
            Text = text,
            Kind = letter is null ? PassageKind.Bullet : PassageKind.Paragraph,
            Letter = letter,
        });
    }

    /// <summary>Adds a passage a document-specific parser built itself (a Zero Draft action, say).</summary>
    public void Add(Passage passage) => _passages.Add(passage);

    public void ReplaceLast(Func<Passage, Passage> change) => _passages[^1] = change(_passages[^1]);
}
