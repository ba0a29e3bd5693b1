using System.Security.Cryptography;
using System.Text;
using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.Discord.Rest;

namespace GcmBot.Discord.Delivery;

/// <summary>
/// Posts a reply to a channel with the bot token (the daily digest). Each part carries a nonce with
/// enforce_nonce, so a retry within minutes returns the message already sent instead of posting it twice.
/// The digest gives a key per subscription and day, the same on every replica and for every attempt
/// (even one that adds "sent late"); without a key the nonce comes from the channel and the content.
/// 404 and 403 mean the channel is gone or closed to the bot.
/// </summary>
internal sealed class DiscordReplyPoster(ReplyRenderer renderer, ChannelPoster poster, ILogger<DiscordReplyPoster> logger) : IIdempotentReplyPoster
{
    public Core.Routing.Surface Surface => Core.Routing.Surface.Discord;

    public Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var parts = renderer.Render(reply);
        return PostPartsAsync(conversationId, parts, NonceKey(Encoding.UTF8.GetBytes(conversationId).Concat(parts.SelectMany(p => DiscordJson.Serialize(p)))), cancellationToken);
    }

    public Task<PostOutcome> PostAsync(string conversationId, Reply reply, string idempotencyKey, CancellationToken cancellationToken) =>
        PostPartsAsync(conversationId, renderer.Render(reply), NonceKey(Encoding.UTF8.GetBytes(idempotencyKey)), cancellationToken);

    private async Task<PostOutcome> PostPartsAsync(string conversationId, IReadOnlyList<DiscordMessage> parts, string nonceKey, CancellationToken cancellationToken)
    {
        var posted = await poster.PostAsync(conversationId, parts, nonceKey, replyTo: null, cancellationToken);
        if (posted.Complete)
        {
            return PostOutcome.Sent;
        }

        var outcome = posted.Last.Outcome is RestOutcome.NotFound or RestOutcome.Forbidden ? PostOutcome.Gone : PostOutcome.Retry;
        Log.PostFailed(logger, conversationId, posted.Sent + 1, posted.Parts, posted.Last.Outcome, outcome);
        return outcome;
    }

    /// <summary>16 hex digits of SHA-256; with ".part" it stays within Discord's 25 characters.</summary>
    private static string NonceKey(IEnumerable<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData([.. bytes]))[..16];
}
