using GcmBot.Core.Answers;
using GcmBot.Core.Answers.Composing;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>"ask …" and every message that is not a command: a free-text question.</summary>
public sealed class AskCommandHandler(AnswerEngine engine) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["ask"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(AnswerReplies.For(engine.Ask(arguments)));
}
