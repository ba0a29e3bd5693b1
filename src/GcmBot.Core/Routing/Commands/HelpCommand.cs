using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing.Commands;

/// <summary>"help" (also "start", "commands").</summary>
public sealed class HelpCommand : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["help", "start", "commands", "?"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(HelpReplies.Help());
}
