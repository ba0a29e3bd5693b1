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
internal sealed class DiscordReplyPoster(ReplyRenderer renderer, IDiscordRest rest, ILogger<DiscordReplyPoster> logger) : IReplyPoster
{
    public string Surface => "discord";

    public async Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
    {
        var parts = renderer.Render(reply);
        var key = NonceKey(conversationId, parts);
        for (var i = 0; i < parts.Count; i++)
        {
            var result = await rest.CreateMessageAsync(conversationId, parts[i] with { Nonce = $"{key}.{i}", EnforceNonce = true }, cancellationToken);
            if (!result.IsSuccess)
            {
                var outcome = result.Outcome is RestOutcome.NotFound or RestOutcome.Forbidden ? PostOutcome.Gone : PostOutcome.Retry;
                Log.PostFailed(logger, conversationId, i + 1, parts.Count, result.Outcome, outcome);
                return outcome;
            }
        }

        return PostOutcome.Sent;
    }

    /// <summary>16 hex digits of SHA-256 over channel and rendered JSON; with ".part" it stays within Discord's 25.</summary>
    private static string NonceKey(string conversationId, IReadOnlyList<DiscordMessage> parts)
    {
        var bytes = Encoding.UTF8.GetBytes(conversationId).Concat(parts.SelectMany(p => DiscordJson.Serialize(p))).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}
