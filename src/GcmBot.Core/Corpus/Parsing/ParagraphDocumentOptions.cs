using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Corpus.Parsing;

/// <summary>
/// How to read one paragraph-level document: its citation label, the
/// heading where its body starts (what precedes is the cover page), and exact lines that are
/// page furniture rather than text (salutations, signature blocks, print codes).
/// </summary>
public sealed record ParagraphDocumentOptions(
    string DocumentId,
    string Label,
    string BodyStart,
    IReadOnlySet<string> Ignored)
{
    public static ParagraphDocumentOptions DelegationReport { get; } = new(
        DocumentIds.DelegationReport,
        "Delegation report",
        "PREFACE",
        new HashSet<string>(StringComparer.Ordinal)
        {
            "Hon. Speaker,",
            "The Jude Njomo, M.P.",
            "LEADER OF THE DELEGATION",
            "DATE 12/6/2018",
        });

    /// <summary>The Zero Draft's numbered paragraphs; <see cref="ZeroDraftParser"/> adds its objectives.</summary>
    public static ParagraphDocumentOptions ZeroDraft { get; } = new(
        DocumentIds.ZeroDraft,
        "Zero Draft",
        "ZERO DRAFT",
        new HashSet<string>(StringComparer.Ordinal) { "5 February 2018" });

    public static ParagraphDocumentOptions NewYorkDeclaration { get; } = new(
        DocumentIds.NewYorkDeclaration,
        "New York Declaration",
        "New York Declaration for Refugees and Migrants",
        new HashSet<string>(StringComparer.Ordinal) { "16-16163 (E)", "Please recycle" });

    public static ParagraphDocumentOptions SecretaryGeneralReport { get; } = new(
        DocumentIds.SecretaryGeneralReport,
        "Secretary-General's report A/72/643",
        "Summary",
        new HashSet<string>(StringComparer.Ordinal));
}
