using System.Security.Cryptography;
using System.Text;
using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using GcmBot.Discord.Rest;

namespace GcmBot.Discord.Delivery;

/// <summary>
/// Posts a reply to a channel with the bot token (the daily digest). Each part carries a nonce derived
/// from the channel and the content, so a retry within minutes returns the message already sent
/// instead of posting it twice. 404 and 403 mean the channel is gone or closed to the bot.
/// </summary>
internal sealed class DiscordReplyPoster(ReplyRenderer renderer, ChannelPoster poster, ILogger<DiscordReplyPoster> logger) : IReplyPoster
{
    public Core.Routing.Surface Surface => Core.Routing.Surface.Discord;

    public async Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var parts = renderer.Render(reply);
        var posted = await poster.PostAsync(conversationId, parts, NonceKey(conversationId, parts), replyTo: null, cancellationToken);
        if (posted.Complete)
        {
            return PostOutcome.Sent;
        }

        var outcome = posted.Last.Outcome is RestOutcome.NotFound or RestOutcome.Forbidden ? PostOutcome.Gone : PostOutcome.Retry;
        Log.PostFailed(logger, conversationId, posted.Sent + 1, posted.Parts, posted.Last.Outcome, outcome);
        return outcome;
    }

    /// <summary>16 hex digits of SHA-256 over channel and rendered JSON; with ".part" it stays within Discord's 25.</summary>
    private static string NonceKey(string conversationId, IReadOnlyList<DiscordMessage> parts)
    {
        var bytes = Encoding.UTF8.GetBytes(conversationId).Concat(parts.SelectMany(p => DiscordJson.Serialize(p))).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}
