using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers;

/// <summary>
/// The answer to a free-text question, platform-neutral: ranked objectives with their matching
/// actions, where the topic appears in the Progress Declaration and in Kenya's position, then
/// other documents. Every text in it is an exact substring of a corpus passage.
/// </summary>
public sealed record Answer(
    ParsedQuery Query,
    IReadOnlyList<int> RankedObjectives,
    IReadOnlyList<ObjectiveAnswer> Objectives,
    IReadOnlyList<Quote> ProgressDeclaration,
    IReadOnlyList<KenyaSectionAnswer> Kenya,
    IReadOnlyList<Quote> Secondary,
    IReadOnlyList<ObjectiveAnswer> ClosestObjectives)
{
    /// <summary>
    /// Nothing in the corpus answers the question; <see cref="ClosestObjectives"/> (titles only)
    /// may help.
    /// </summary>
    public bool IsNotFound => Objectives.Count == 0 && ProgressDeclaration.Count == 0 && Kenya.Count == 0 && Secondary.Count == 0;

    /// <summary>The decline gate's verdict; a declined or weak answer quotes nothing.</summary>
    public GateVerdict Verdict { get; init; } = GateVerdict.Answered;

    /// <summary>True when the gate judged the question not (or only weakly) about the documents.</summary>
    public bool IsDeclined => Verdict != GateVerdict.Answered;

    /// <summary>Every quoted passage in reading order.</summary>
    public IEnumerable<Quote> AllQuotes =>
        Objectives.SelectMany(o => o.Actions)
            .Concat(ProgressDeclaration)
            .Concat(Kenya.SelectMany(k => k.Items))
            .Concat(Secondary);
}

/// <summary>
/// An objective in an answer. <see cref="Actions"/> are the actions that match (all of them when
/// the objective was asked for by number). When the final text's actions are not in the corpus
/// (objective 20), <see cref="Defect"/> says so and the actions are the Zero Draft's, labelled as such.
/// </summary>
public sealed record ObjectiveAnswer(
    int Number,
    string ShortName,
    Quote Title,
    IReadOnlyList<Quote> Actions,
    ObjectiveDefect? Defect);

/// <summary>One Kenya position section (numeral null for the introduction) with the items that match.</summary>
public sealed record KenyaSectionAnswer(string? Numeral, string Title, IReadOnlyList<Quote> Items);

/// <summary>
/// An exact quotation: <see cref="Text"/> is <see cref="Passage"/>'s text or a run of its sentences
/// (starting at <see cref="Offset"/>); <see cref="Highlights"/> are ranges into <see cref="Text"/>.
/// The citation is always the passage's label.
/// </summary>
public sealed record Quote(Passage Passage, string Text, int Offset, IReadOnlyList<TextRange> Highlights)
{
    public string Citation => Passage.Label;

    public bool IsWholePassage => Offset == 0 && Text.Length == Passage.Text.Length;
}
