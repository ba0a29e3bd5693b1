using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Answers.Composing;

/// <summary>
/// Turns an <see cref="Answer"/> into a title and reply blocks, in reading order: the objective(s)
/// with their matching actions, "In the Progress Declaration", "In Kenya's position", then other
/// documents. Quotes keep their exact text and highlight ranges; headings and notes are our words.
/// The router paginates the blocks.
/// </summary>
public static class AnswerBlocks
{
    public const string ProgressDeclarationHeading = "In the Progress Declaration";
    public const string KenyaHeading = "In Kenya's position";
    public const string OtherDocumentsHeading = "In other documents";
    public const string WeakHeading = "Closest objectives (a weak match):";

    public const string DeclinedText =
        "That is not in GcmBot's documents: they are about the Global Compact for Migration and its review. " +
        "Ask about a migration topic, e.g. \"what does it say about remittances\", or name an objective (\"objective 13\").";

    public static (string Title, IReadOnlyList<ReplyBlock> Blocks) Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.IsNotFound)
        {
            return NotFound(answer);
        }

        var blocks = new List<ReplyBlock>();
        foreach (var objective in answer.Objectives)
        {
            blocks.AddRange(ObjectiveBlocks(objective));
        }

        if (answer.ProgressDeclaration.Count > 0)
        {
            blocks.Add(new HeadingBlock(ProgressDeclarationHeading));
            blocks.AddRange(answer.ProgressDeclaration.Select(Quote));
        }

        if (answer.Kenya.Count > 0)
        {
            blocks.Add(new HeadingBlock(KenyaHeading));
            foreach (var section in answer.Kenya)
            {
                blocks.Add(new HeadingBlock(section.Numeral is null ? section.Title : $"§{section.Numeral} — {section.Title}"));
                blocks.AddRange(section.Items.Select(Quote));
            }
        }

        if (answer.Secondary.Count > 0)
        {
            blocks.Add(new HeadingBlock(OtherDocumentsHeading));
            blocks.Add(new TextBlock("Earlier and related documents, not the adopted Compact:"));
            blocks.AddRange(answer.Secondary.Select(Quote));
        }

        return (Title(answer), blocks);
    }

    /// <summary>Follow-ups: each objective shown (or offered) and, for a topic, where else it appears.</summary>
    public static IReadOnlyList<ReplyAction> Actions(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var objectives = answer.IsNotFound ? answer.ClosestObjectives : answer.Objectives;
        var actions = objectives.Select(o => new ReplyAction($"Objective {o.Number}", $"objective {o.Number}", $"Obj. {o.Number}")).ToList();
        if (!answer.IsNotFound && answer.Query.Topic.Length > 0 && answer.Objectives.Count > 0)
        {
            actions.Add(new ReplyAction("Where else", $"where {answer.Query.Topic}"));
        }

        return actions;
    }

    public static QuoteBlock Quote(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new QuoteBlock(quote.Text, quote.Citation, quote.Passage.Id, quote.Highlights);
    }

    private static IEnumerable<ReplyBlock> ObjectiveBlocks(ObjectiveAnswer objective)
    {
        yield return new HeadingBlock(objective.ShortName.Length > 0 ? $"Objective {objective.Number} — {objective.ShortName}" : $"Objective {objective.Number}");
        yield return Quote(objective.Title);
        if (objective.Defect is { } defect)
        {
            yield return new TextBlock(defect.Note);
        }

        if (objective.Actions.Count > 0)
        {
            yield return new ActionListBlock([.. objective.Actions.Select(a =>
                new ActionItem(a.Passage.Letter ?? "", a.Text, a.Citation, a.Passage.Id, a.Highlights))]);
        }
    }

    private static string Title(Answer answer)
    {
        var query = answer.Query;
        if (query.Topic.Length > 0)
        {
            return $"“{query.Topic}”";
        }

        var references = query.Objectives.Select(r => r.Letter is null ? Citations.Objective(r.Number) : Citations.Action(r.Number, r.Letter))
            .Concat(query.PdParagraphs.Select(Citations.PdParagraph))
            .Concat(query.KenyaSections.Select(s => $"Kenya position §{s}"));
        return string.Join(", ", references);
    }

    private static (string Title, IReadOnlyList<ReplyBlock> Blocks) NotFound(Answer answer)
    {
        var topic = answer.Query.Topic.Length > 0 ? answer.Query.Topic : answer.Query.Question.Trim();
        if (answer.Verdict == GateVerdict.Declined)
        {
            return ("Not in the documents", [new TextBlock(DeclinedText)]);
        }

        if (answer.Verdict == GateVerdict.Weak)
        {
            return ("Weak match", [
                new TextBlock($"GcmBot's documents do not answer “{Shorten(topic)}” closely enough to quote."),
                new TextBlock(WeakHeading),
                .. answer.ClosestObjectives.Select(o => Quote(o.Title))]);
        }

        var blocks = new List<ReplyBlock>
        {
            new TextBlock(topic.Length == 0
                ? "Ask about a topic, e.g. \"what does it say about remittances\", or name an objective (\"objective 13\")."
                : $"Nothing in GcmBot's documents matches “{Shorten(topic)}” well enough to quote."),
        };
        if (answer.ClosestObjectives.Count > 0)
        {
            blocks.Add(new TextBlock("The closest objectives:"));
            blocks.AddRange(answer.ClosestObjectives.Select(o => Quote(o.Title)));
        }

        return ("No match", blocks);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
