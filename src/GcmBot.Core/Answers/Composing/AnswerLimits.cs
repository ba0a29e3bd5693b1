namespace GcmBot.Core.Answers.Composing;

/// <summary>How much an answer shows. The router paginates, so these keep answers focused, not short.</summary>
internal sealed record AnswerLimits(
    int Objectives,
    int ActionsPerObjective,
    int PdParagraphs,
    int KenyaSections,
    int ItemsPerKenyaSection,
    int Secondary,
    bool ShowObjectives)
{
    public static AnswerLimits Ask { get; } = new(2, 5, 5, 2, 3, 3, ShowObjectives: true);

    /// <summary>"Where does this topic appear": the Declaration and Kenya's position only, more of each.</summary>
    public static AnswerLimits Where { get; } = new(0, 0, 8, 3, 4, 0, ShowObjectives: false);

    /// <summary>A second objective is shown when it scores at least this share of the first's score.</summary>
    public const double CompanionShare = 0.75;

    /// <summary>Candidates fetched per section before quotes are cut (some are dropped for lack of a match in the text).</summary>
    public const int CandidateFactor = 2;
}
