namespace GcmBot.Core.Corpus.Model;

/// <summary>
/// One citable piece of corpus text, exactly as the source reads (after errata). Everything the
/// bot quotes is a passage. <see cref="Context"/> is the heading path it sits under, indexed with a
/// lower weight so a passage is found by its section's topic too.
/// </summary>
public sealed record Passage(
    string Id,
    string DocumentId,
    string Label,
    string Text,
    string Context,
    PassageKind Kind)
{
    /// <summary>GCM or Zero Draft objective number the passage belongs to.</summary>
    public int? Objective { get; init; }

    /// <summary>Action or sub-paragraph letter ("h").</summary>
    public string? Letter { get; init; }

    /// <summary>The document's own paragraph number.</summary>
    public int? Paragraph { get; init; }

    /// <summary>Section key: Kenya position "IV", New York Declaration "II", ICMPD "2".</summary>
    public string? Section { get; init; }
}

public enum PassageKind
{
    ObjectiveTitle,
    Action,
    Commitment,
    Paragraph,
    Bullet,
    Heading,
    Footnote,
}
