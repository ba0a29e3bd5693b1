using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>
/// What a user typed (or a slash command translated to the same text) and where it came from.
/// Adapters strip their own mention syntax before building one.
/// </summary>
public sealed record ChatRequest(string Text, ChatContext Context);

/// <summary>
/// Where a request came from, in platform-neutral terms.
/// <paramref name="Surface"/> is "local", "discord" or "teams"; <paramref name="ConversationId"/> is the
/// channel or conversation a reply or a digest goes to; <paramref name="CanManageSubscriptions"/> is
/// true when the user may change the channel's digest subscription (e.g. Discord's Manage Server).
/// </summary>
public sealed record ChatContext(
    string Surface,
    string ConversationId,
    string UserId,
    bool CanManageSubscriptions = true);

/// <summary>The one entry point every chat surface calls.</summary>
public interface ICommandRouter
{
    Task<Reply> RouteAsync(ChatRequest request, CancellationToken cancellationToken);
}
