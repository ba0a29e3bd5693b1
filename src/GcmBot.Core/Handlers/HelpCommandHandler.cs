using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Handlers;

/// <summary>"help" (also "start", "commands").</summary>
public sealed class HelpCommandHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["help", "start", "commands", "?"];

    public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
        Task.FromResult(HelpReplies.Help());
}
