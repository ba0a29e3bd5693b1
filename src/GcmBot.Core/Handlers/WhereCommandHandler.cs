using System.Text.RegularExpressions;
using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>
/// "where objective 13": the objective's cross-references. "where remittances": where a topic
/// appears in the Progress Declaration and Kenya's position. "where does it talk about …" is a
/// question and is answered as one.
/// </summary>
public sealed partial class WhereCommandHandler(AnswerEngine engine) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["where"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(Handle(arguments.Trim()));

    private Reply Handle(string arguments)
    {
        if (arguments.Length == 0)
        {
            return Reply.Simple(
                ReplyKind.Help,
                "Where what?",
                "Name a topic or an objective: \"where remittances\", \"where objective 13\".",
                new ReplyAction("Where remittances", "where remittances"));
        }

        if (ObjectiveOnly().Match(arguments) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, out var n) && n is >= 1 and <= 23)
        {
            return AnswerReplies.For(engine.For(n));
        }

        return QuestionStart().IsMatch(arguments)
            ? AnswerReplies.For(engine.Ask("where " + arguments))
            : AnswerReplies.For(engine.Where(arguments));
    }

    [GeneratedRegex(@"^(?:objective|obj\.?)?\s*(\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectiveOnly();

    [GeneratedRegex(@"^(?:does|do|did|is|are|was|were|can|could|should|would|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionStart();
}
