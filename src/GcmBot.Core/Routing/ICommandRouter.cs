using GcmBot.Core.Replies;

namespace GcmBot.Core.Routing;

/// <summary>Finds and runs the command a request asks for; the chat pipeline calls it once per turn.</summary>
public interface ICommandRouter
{
    Task<RoutedReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// A reply and the command that produced it, as the router resolved it: a handler's first name, "unknown" for a
/// mistyped /command, "too_long" for text refused as too long, "page" for an expired page button. Never the
/// user's text, so it is safe as a metric tag.
/// </summary>
public sealed record RoutedReply(Reply Reply, string Command);
