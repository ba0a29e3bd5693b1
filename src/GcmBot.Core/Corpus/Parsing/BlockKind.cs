namespace GcmBot.Core.Corpus.Parsing;

/// <summary>What a line of a source document is, once page layout is taken out.</summary>
internal enum BlockKind
{
    /// <summary>"12. text": a numbered paragraph (also "- 52. text" and "- 14 text").</summary>
    Numbered,

    /// <summary>"- a) text", "(b) text", "- (iv) text": a lettered or roman sub-item.</summary>
    Item,

    /// <summary>"- text" at the start of the line.</summary>
    Bullet,

    /// <summary>" - text": an indented bullet under the previous bullet.</summary>
    SubBullet,

    /// <summary>A short line without a closing full stop: a heading.</summary>
    Heading,

    /// <summary>Any other line of running text.</summary>
    Prose,

    /// <summary>A tab-separated table row.</summary>
    Row,

    /// <summary>A footnote line, starting with superscript digits.</summary>
    Footnote,
}
