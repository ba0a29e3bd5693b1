using System.Collections.Concurrent;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Handlers;

/// <summary>
/// Builds the replies about objectives: every word quoted from the corpus, every quote cited. They are fixed
/// text, so each objective's and action's reply is built once and the same object is handed out after that:
/// the surfaces key their rendered copies on it (23 objectives and their actions: a few hundred replies at most).
/// </summary>
public sealed class ObjectiveReplies(GcmCorpus corpus, IObjectiveCrossReferences crossReferences)
{
    private readonly ConcurrentDictionary<(int Number, string? Letter), Reply> _built = new();

    public Reply Objective(Objective objective) =>
        _built.GetOrAdd((objective.Number, null), _ => BuildObjective(objective));

    public Reply? Action(Objective objective, string letter) =>
        _built.TryGetValue((objective.Number, letter), out var built) ? built
        : BuildAction(objective, letter) is { } reply ? _built.GetOrAdd((objective.Number, letter), reply) : null;

    public Reply List() => new(
        ReplyKind.Answer,
        $"The {corpus.Objectives.Count} objectives of the Global Compact",
        [.. corpus.Objectives.Select(o => new QuoteBlock(o.Title, o.Label, PassageId.Objective(o.Number)))],
        [],
        [new ReplyAction("Objective 1", "objective 1")]);

    private Reply BuildObjective(Objective objective)
    {
        List<ReplyBlock> blocks = [];
        if (objective.Defect is { } defect)
        {
            blocks.AddRange(DraftVersion(defect, null));
        }
        else
        {
            blocks.Add(new HeadingBlock("Actions"));
            blocks.Add(new ActionListBlock([.. objective.Actions.Select(a => Item(objective, a))]));
        }

        blocks.AddRange(crossReferences.For(objective.Number));
        return new Reply(ReplyKind.Answer, Title(objective), blocks, Fields(objective), FollowUps(objective));
    }

    private Reply? BuildAction(Objective objective, string letter)
    {
        if (objective.Defect is { ZeroDraftVersion: { } draft } defect)
        {
            return draft.Actions.Any(a => a.Letter == letter)
                ? new Reply(ReplyKind.Answer, Title(objective), [.. DraftVersion(defect, letter)], Fields(objective), FollowUps(objective))
                : null;
        }

        if (objective.Action(letter) is not { } action)
        {
            return null;
        }

        var item = Item(objective, action);
        List<ReplyAction> actions = [new ReplyAction($"All actions of objective {objective.Number}", $"objective {objective.Number}", $"All of obj. {objective.Number}")];
        var next = objective.Actions.SkipWhile(a => a != action).Skip(1).FirstOrDefault();
        if (next is not null)
        {
            actions.Add(new ReplyAction($"Next: {objective.Number}({next.Letter})", $"objective {objective.Number} {next.Letter}", $"{objective.Number}({next.Letter}) ›"));
        }

        return new Reply(ReplyKind.Answer, Title(objective), [new QuoteBlock(item.Text, item.Citation, item.PassageId)], Fields(objective), actions);
    }

    public string LettersOf(Objective objective)
    {
        var letters = objective.Defect?.ZeroDraftVersion?.Actions ?? objective.Actions;
        return letters.Count == 0
            ? "Its actions are not in GcmBot's sources."
            : $"Its actions are ({letters[0].Letter}) to ({letters[^1].Letter}){(objective.Defect is null ? "" : " in the Zero Draft")}.";
    }

    private static string Title(Objective objective) => $"Objective {objective.Number}: {objective.Title}";

    private static ActionItem Item(Objective objective, LetteredText action) =>
        new(action.Letter, action.Text, Citations.Action(objective.Number, action.Letter), PassageId.Action(objective.Number, action.Letter), []);

    private IEnumerable<ReplyBlock> DraftVersion(ObjectiveDefect defect, string? onlyLetter)
    {
        yield return new TextBlock(defect.Note);
        if (defect.ZeroDraftVersion is not { } draft)
        {
            yield break;
        }

        yield return new HeadingBlock($"Zero Draft of 5 February 2018, objective {draft.Number} (a draft, not the adopted Compact)");
        if (onlyLetter is null)
        {
            yield return new QuoteBlock(draft.Commitment, Citations.ZeroDraftParagraph(draft.Paragraph), PassageId.Paragraph(DocumentIds.ZeroDraft, draft.Paragraph));
        }

        yield return new ActionListBlock([.. draft.Actions
            .Where(a => onlyLetter is null || a.Letter == onlyLetter)
            .Select(a => new ActionItem(a.Letter, a.Text, Citations.ZeroDraftAction(draft.Number, a.Letter), PassageId.ZeroDraftAction(draft.Number, a.Letter), []))]);
    }

    private List<ReplyField> Fields(Objective objective)
    {
        List<ReplyField> fields = [];
        if (objective.ShortName.Length > 0)
        {
            fields.Add(new ReplyField("Short name", objective.ShortName));
        }

        if (corpus.ProgressDeclaration.RoundTableFor(objective.Number) is { } table)
        {
            fields.Add(new ReplyField("Reviewed in 2022", $"{table.Heading} of the International Migration Review Forum"));
        }

        return fields;
    }

    private List<ReplyAction> FollowUps(Objective objective) =>
    [
        new ReplyAction("Where in the Progress Declaration", $"where objective {objective.Number}", "Where else"),
        .. objective.Number > 1 ? [new ReplyAction($"Objective {objective.Number - 1}", $"objective {objective.Number - 1}", $"‹ Obj. {objective.Number - 1}")] : Array.Empty<ReplyAction>(),
        .. objective.Number < corpus.Objectives.Count ? [new ReplyAction($"Objective {objective.Number + 1}", $"objective {objective.Number + 1}", $"Obj. {objective.Number + 1} ›")] : Array.Empty<ReplyAction>(),
    ];
}
