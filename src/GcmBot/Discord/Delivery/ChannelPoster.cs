using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;

namespace GcmBot.Discord.Delivery;

/// <summary>
/// Posts a rendered reply's parts to a channel in order, stopping at the first failure (later parts
/// alone would read out of order). Part i carries the nonce "{key}.{i}" with enforce_nonce, so posting
/// the same parts again within minutes returns the messages already sent instead of duplicating them.
/// </summary>
internal sealed class ChannelPoster(IDiscordRest rest)
{
    /// <param name="replyTo">A message to answer as a reply (the first part only), or null.</param>
    public async Task<ChannelPostResult> PostAsync(
        string channelId, IReadOnlyList<DiscordMessage> parts, string nonceKey, string? replyTo, CancellationToken cancellationToken)
    {
        var last = new RestResult(RestOutcome.Success, 200);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] with { Nonce = $"{nonceKey}.{i}", EnforceNonce = true };
            last = i == 0 && replyTo is not null
                ? await PostReplyAsync(channelId, part, replyTo, cancellationToken)
                : await rest.CreateMessageAsync(channelId, part, cancellationToken);
            if (!last.IsSuccess)
            {
                return new ChannelPostResult(i, parts.Count, last);
            }
        }

        return new ChannelPostResult(parts.Count, parts.Count, last);
    }

    private async Task<RestResult> PostReplyAsync(string channelId, DiscordMessage part, string replyTo, CancellationToken cancellationToken)
    {
        var result = await rest.CreateMessageAsync(channelId, part with { MessageReference = new MessageReference(replyTo) }, cancellationToken);

        // Replying needs Read Message History; without it, answer without the reply link.
        return result.Outcome == RestOutcome.Forbidden ? await rest.CreateMessageAsync(channelId, part, cancellationToken) : result;
    }
}

/// <summary><see cref="Sent"/> of <see cref="Parts"/> were posted; <see cref="Last"/> is the last call's result.</summary>
internal sealed record ChannelPostResult(int Sent, int Parts, RestResult Last)
{
    public bool Complete => Sent == Parts;
}
