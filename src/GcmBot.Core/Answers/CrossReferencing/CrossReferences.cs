using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Answers.CrossReferencing;

/// <summary>
/// Where an objective's topic appears beyond the objective itself: the Progress Declaration round
/// table that reviewed it, the Declaration paragraphs about it, and the Kenya position sections on
/// it — from the curated crosswalk, quoted exactly, each with the crosswalk's reason.
/// </summary>
public sealed record CrossReferences(
    int Objective,
    RoundTable? RoundTable,
    IReadOnlyList<CrossReferenceQuote> ProgressDeclaration,
    IReadOnlyList<KenyaCrossReference> Kenya);

public sealed record CrossReferenceQuote(Quote Quote, string Reason);

/// <summary>A Kenya section on the objective's topic, with its items that use the topic's words.</summary>
public sealed record KenyaCrossReference(string Numeral, string Title, string Reason, IReadOnlyList<Quote> Items);
