using GcmBot.Core.Corpus;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>"objective 13", "obj 13h", "13(h)", "objective" (all 23 titles).</summary>
public sealed class ObjectiveCommandHandler(GcmCorpus corpus, ObjectiveReplies replies) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["objective", "objectives", "obj", "o"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Handle(arguments));

    private Reply Handle(string arguments)
    {
        if (arguments.Length == 0)
        {
            return replies.List();
        }

        var count = corpus.Objectives.Count;
        if (!ObjectiveReference.TryParse(arguments, out var reference))
        {
            return Error($"\"{Shorten(arguments)}\" isn't an objective number. Use a number from 1 to {count}, optionally with an action letter: objective 13, 13h or 13(h).");
        }

        if (corpus.Objective(reference.Number) is not { } objective)
        {
            return Error($"There is no objective {reference.Number}: the Compact has objectives 1 to {count}.");
        }

        if (reference.Letter is null)
        {
            return replies.Objective(objective);
        }

        return replies.Action(objective, reference.Letter)
            ?? Error($"Objective {objective.Number} has no action ({reference.Letter}). {replies.LettersOf(objective)}");
    }

    private static Reply Error(string text) =>
        Reply.Simple(ReplyKind.Error, "Objective not found", text, new ReplyAction("List the objectives", "objective"));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
