using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Core.Delivery;

/// <summary>
/// Posts a reply to a conversation without a user's request (the daily digest). One per surface;
/// the digest scheduler picks the poster whose <see cref="Surface"/> matches the subscription.
/// </summary>
public interface IReplyPoster
{
    Surface Surface { get; }

    Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken);
}

/// <summary>
/// Sent: delivered. Retry: a transient failure (5xx, 429, network), try again later.
/// Gone: the conversation no longer accepts posts (404, 403, uninstalled); pause the subscription.
/// </summary>
public enum PostOutcome
{
    Sent,
    Retry,
    Gone,
}
