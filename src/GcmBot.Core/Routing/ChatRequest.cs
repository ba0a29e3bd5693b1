namespace GcmBot.Core.Routing;

/// <summary>
/// One chat turn as every surface hands it to the pipeline: what the user typed, or a command the adapter
/// already knows from structured input (a Discord slash command's options), and where it came from.
/// Adapters strip their own mention syntax before building one.
/// </summary>
public sealed record ChatRequest(string Text, ChatContext Context)
{
    /// <summary>Set when the adapter already knows the command; the router then does not parse <see cref="Text"/>.</summary>
    public CommandLine? Command { get; init; }

    /// <summary>A request for a command the adapter built from structured input; its text is the command's canonical form.</summary>
    public static ChatRequest For(CommandLine command, ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new ChatRequest(command.Canonical, context) { Command = command };
    }
}

/// <summary>
/// Where a request came from, in platform-neutral terms. <paramref name="ConversationId"/> is the channel or
/// conversation a reply or a digest goes to; <paramref name="CanManageSubscriptions"/> is the user's role: true when
/// they may change the channel's digest subscription (e.g. Discord's Manage Server).
/// </summary>
public sealed record ChatContext(
    Surface Surface,
    string ConversationId,
    string UserId,
    bool CanManageSubscriptions = true);
