namespace GcmBot.Core.Corpus.Model;

/// <summary>
/// A document read at paragraph level (delegation report, New York Declaration, Secretary-General's
/// report, ICMPD input): its passages in order, each carrying its heading path as context.
/// </summary>
public sealed record SectionedDocument(string DocumentId, string Title, IReadOnlyList<Passage> Passages);
