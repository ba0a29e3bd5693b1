using System.Text.Json.Serialization;
using GcmBot.Core.Text;

namespace GcmBot.Core.Replies;

/// <summary>One piece of a reply's body, in reading order. Serialized with a "type" discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "text")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(ActionListBlock), "actions")]
public abstract record ReplyBlock;

/// <summary>Our own words (not corpus text): explanations, notes, errors.</summary>
public sealed record TextBlock(string Text) : ReplyBlock;

/// <summary>A sub-heading inside a reply, e.g. "In the Progress Declaration".</summary>
public sealed record HeadingBlock(string Text) : ReplyBlock;

/// <summary>
/// A verbatim corpus passage with its citation. <see cref="Highlights"/> mark matched terms as
/// ranges into <see cref="Text"/>, so renderers can emphasise them without altering the text.
/// </summary>
public sealed record QuoteBlock(
    string Text,
    string Citation,
    string PassageId,
    IReadOnlyList<TextRange> Highlights) : ReplyBlock
{
    public QuoteBlock(string text, string citation, string passageId)
        : this(text, citation, passageId, []) { }
}

/// <summary>An objective's lettered actions, each quoted verbatim with its own citation.</summary>
public sealed record ActionListBlock(IReadOnlyList<ActionItem> Items) : ReplyBlock;

/// <summary>One lettered action: letter "h", exact text, citation "GCM objective 13(h)".</summary>
public sealed record ActionItem(
    string Letter,
    string Text,
    string Citation,
    string PassageId,
    IReadOnlyList<TextRange> Highlights);
