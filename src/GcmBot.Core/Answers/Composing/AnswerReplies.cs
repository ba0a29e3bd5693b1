using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Replies;

namespace GcmBot.Core.Answers.Composing;

/// <summary>Answers and cross-references as platform-neutral replies (the router paginates them).</summary>
public static class AnswerReplies
{
    public static Reply For(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (title, blocks) = AnswerBlocks.Render(answer);
        return new Reply(answer.IsNotFound ? ReplyKind.NotFound : ReplyKind.Answer, title, blocks, [], AnswerBlocks.Actions(answer));
    }

    public static Reply For(CrossReferences references)
    {
        ArgumentNullException.ThrowIfNull(references);
        var blocks = CrossReferenceBlocks.Render(references);
        return blocks.Count == 0
            ? Reply.Simple(ReplyKind.NotFound, $"Objective {references.Objective}: cross-references", "GcmBot's crosswalk lists no Progress Declaration paragraph or Kenya section for this objective.", Back(references))
            : new Reply(ReplyKind.Answer, $"Objective {references.Objective}: where else it appears", blocks, Fields(references), [Back(references)]);
    }

    private static ReplyAction Back(CrossReferences references) =>
        new($"Objective {references.Objective}", $"objective {references.Objective}");

    private static List<ReplyField> Fields(CrossReferences references) =>
        references.RoundTable is { } table
            ? [new ReplyField("Reviewed in 2022", $"{table.Heading} of the International Migration Review Forum")]
            : [];
}
