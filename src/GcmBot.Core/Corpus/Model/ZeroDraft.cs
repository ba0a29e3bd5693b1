namespace GcmBot.Core.Corpus.Model;

/// <summary>The Zero Draft of the GCM (5 February 2018), an annex of the Kenya delegation report.</summary>
public sealed record ZeroDraft(
    IReadOnlyList<NumberedParagraph> Paragraphs,
    IReadOnlyList<ZeroDraftObjective> Objectives);

/// <summary>
/// A Zero Draft objective: its commitment paragraph (with the paragraph's number) and lettered actions.
/// </summary>
public sealed record ZeroDraftObjective(
    int Number,
    string Title,
    int Paragraph,
    string Commitment,
    IReadOnlyList<LetteredText> Actions);

/// <summary>A numbered paragraph with optional lettered sub-items, under a heading.</summary>
public sealed record NumberedParagraph(
    int Number,
    string Text,
    string Heading,
    IReadOnlyList<LetteredText> Items);
