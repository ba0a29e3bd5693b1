using GcmBot.Core.Replies;
using GcmBot.Hosting;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using GcmBot.Teams.Conversations;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Sends a rendered reply, part by part, as a reply to an activity or as a new message in a stored
/// conversation. Stops at the first failure; a 403 MessageWritesBlocked deletes the reference.
/// </summary>
internal sealed class TeamsReplySender(
    IConnectorClient connector,
    AdaptiveCardRenderer renderer,
    IConversationReferenceStore references,
    ILogger<TeamsReplySender> logger)
{
    public Task<ConnectorResult> ReplyAsync(Activity inbound, Reply reply, CancellationToken cancellationToken) =>
        SendAsync(inbound.ServiceUrl, inbound.Conversation!.Id!, inbound.Id, inbound.Recipient, inbound.From, reply, cancellationToken);

    public Task<ConnectorResult> PostAsync(ConversationReference reference, Reply reply, CancellationToken cancellationToken) =>
        SendAsync(reference.ServiceUrl, reference.ConversationId, null, new ChannelAccount(reference.BotId, reference.BotName), null, reply, cancellationToken);

    private async Task<ConnectorResult> SendAsync(
        string? serviceUrl, string conversationId, string? replyToId, ChannelAccount? bot, ChannelAccount? user,
        Reply reply, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var serviceUri))
        {
            return new ConnectorResult(0, "InvalidServiceUrl");
        }

        var target = new ConnectorTarget(serviceUri, conversationId, replyToId);
        var result = new ConnectorResult(0, "NothingToSend");
        foreach (var part in renderer.Render(reply))
        {
            var activity = part with
            {
                From = bot,
                Recipient = user,
                Conversation = new ConversationAccount(conversationId),
                ReplyToId = replyToId,
            };
            result = await connector.SendAsync(target, activity, cancellationToken);
            if (!result.Succeeded)
            {
                break;
            }
        }

        if (result.WritesBlocked)
        {
            try
            {
                await references.RemoveAsync(conversationId, cancellationToken);
                Log.ReferenceRemoved(logger, conversationId, ConnectorResult.WritesBlockedCode);
            }
            catch (System.Data.Common.DbException ex)
            {
                // Kept for now: the next blocked post tries again, and a digest post to it is only "gone" again.
                Log.StateUnavailable(logger, conversationId, StorageErrors.Describe(ex));
            }
        }

        return result;
    }
}
