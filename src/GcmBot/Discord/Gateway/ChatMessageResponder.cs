using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Interactions;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// Answers questions typed in chat: in DMs, when the bot is mentioned, and (with the Message Content
/// intent) every message in the configured listen channels. The mention is stripped; the answer is
/// posted as a reply, each part with a nonce so a retried post is never duplicated.
/// </summary>
internal sealed class ChatMessageResponder(
    ICommandRouter router,
    ReplyRenderer renderer,
    IDiscordRest rest,
    IOptions<DiscordOptions> options,
    ILogger<ChatMessageResponder> logger) : IGatewayMessageHandler
{
    public async Task HandleAsync(ReceivedMessage message, string botUserId, CancellationToken cancellationToken)
    {
        if (message.Author is not { } author || author.Bot == true || message.WebhookId is not null || author.Id == botUserId
            || message.ChannelId is not { } channelId || !ShouldAnswer(message, channelId, botUserId))
        {
            return;
        }

        var text = WithoutMention(message.Content ?? "", botUserId).Trim();
        var isDm = message.GuildId is null;
        var request = new ChatRequest(text.Length > 0 ? text : "help", new ChatContext(InteractionChat.Surface, channelId, author.Id, isDm));
        Reply reply;
        try
        {
            reply = await router.RouteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.RouterFailed(logger, ex);
            reply = InteractionRouting.FailureReply;
        }

        await PostAsync(message, channelId, renderer.Render(reply), cancellationToken);
    }

    private bool ShouldAnswer(ReceivedMessage message, string channelId, string botUserId) =>
        message.GuildId is null
        || message.Mentions?.Any(u => u.Id == botUserId) == true
        || WithoutMention(message.Content ?? "", botUserId) != (message.Content ?? "")
        || options.Value.MessageContentIntent && options.Value.ListenChannelIds.Contains(channelId);

    private async Task PostAsync(ReceivedMessage question, string channelId, IReadOnlyList<DiscordMessage> parts, CancellationToken cancellationToken)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            // The nonce ties each part to the question: Discord returns the first message for a repeated nonce.
            var part = parts[i] with { Nonce = $"{question.Id}.{i}", EnforceNonce = true };
            var result = await rest.CreateMessageAsync(channelId, i == 0 ? part with { MessageReference = new MessageReference(question.Id) } : part, cancellationToken);
            if (i == 0 && result.Outcome == RestOutcome.Forbidden)
            {
                // Replying needs Read Message History; without it, answer without the reply link.
                result = await rest.CreateMessageAsync(channelId, part, cancellationToken);
            }

            if (!result.IsSuccess)
            {
                Log.AnswerNotPosted(logger, channelId, i + 1, parts.Count, result.Outcome, result.ErrorCode);
                return;
            }
        }
    }

    /// <summary>Removes the bot's mention in both forms, &lt;@id&gt; and the older &lt;@!id&gt;.</summary>
    private static string WithoutMention(string content, string botUserId) =>
        content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal);
}
