using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Teams.Connector;
using GcmBot.Teams.Conversations;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Proactive posts (the daily digest) to a Teams conversation, through its stored reference:
/// POST v3/conversations/{id}/activities. 403/404 or no reference → Gone; 429, 5xx, network → Retry.
/// </summary>
internal sealed class TeamsReplyPoster(IConversationReferenceStore references, TeamsReplySender sender) : IReplyPoster
{
    public Core.Routing.Surface Surface => Core.Routing.Surface.Teams;

    public async Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(conversationId, cancellationToken);
        return reference is null ? PostOutcome.Gone : Classify(await sender.PostAsync(reference, reply, cancellationToken));
    }

    /// <summary>Anything not plainly gone is retried later (including our own 4xx mistakes, which are logged).</summary>
    internal static PostOutcome Classify(ConnectorResult result) => result switch
    {
        { Succeeded: true } => PostOutcome.Sent,
        { StatusCode: 403 or 404 } => PostOutcome.Gone,
        _ => PostOutcome.Retry,
    };
}
