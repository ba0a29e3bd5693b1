using GcmBot.Core.Routing;
using GcmBot.Discord.Delivery;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.Pipeline;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// Answers questions typed in chat: in DMs, when the bot is mentioned, and (with the Message Content
/// intent) every message in the configured listen channels. The mention is stripped; the answer is
/// posted as a reply, each part with a nonce so a retried post is never duplicated. Past the rate limit
/// the sender is told once per window and further messages get no answer (a flood is not echoed).
/// </summary>
internal sealed class ChatMessageResponder(
    ChatPipeline pipeline,
    ReplyRenderer renderer,
    ChannelPoster poster,
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
        var turn = await pipeline.AnswerAsync(new ChatRequest(text, new ChatContext(Surface.Discord, channelId, author.Id, isDm)), cancellationToken);
        if (turn.AlreadyTold)
        {
            return;
        }

        var reply = turn.Reply;

        // The nonce key is the question's id: a repeated post of the same answer returns the first.
        var posted = await poster.PostAsync(channelId, renderer.Render(reply), nonceKey: message.Id, replyTo: message.Id, cancellationToken);
        if (!posted.Complete)
        {
            Log.AnswerNotPosted(logger, channelId, posted.Sent + 1, posted.Parts, posted.Last.Outcome, posted.Last.ErrorCode);
        }
    }

    private bool ShouldAnswer(ReceivedMessage message, string channelId, string botUserId) =>
        message.GuildId is null
        || message.Mentions?.Any(u => u.Id == botUserId) == true
        || WithoutMention(message.Content ?? "", botUserId) != (message.Content ?? "")
        || options.Value.MessageContentIntent && options.Value.ListenChannelIds.Contains(channelId);

    /// <summary>Removes the bot's mention in both forms, &lt;@id&gt; and the older &lt;@!id&gt;.</summary>
    private static string WithoutMention(string content, string botUserId) =>
        content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal);
}
