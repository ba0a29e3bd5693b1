namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// One logical line of a document: a paragraph, item, bullet, heading or footnote, with any
/// page-break continuation already joined to it. <see cref="Text"/> excludes the marker
/// (<see cref="Prefix"/>), so "12. We commit" has Number 12, Prefix "12. ", Text "We commit".
/// </summary>
internal sealed record Block(BlockKind Kind, string Text, int Line)
{
    public int? Number { get; init; }

    /// <summary>Item letter or roman numeral ("a", "iv").</summary>
    public string? Marker { get; init; }

    /// <summary>The marker as printed, so a block can be quoted whole when it is not what it seemed.</summary>
    public string Prefix { get; init; } = "";

    public string FullText => Prefix + Text;
}
