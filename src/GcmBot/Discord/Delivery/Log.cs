using GcmBot.Core.Delivery;
using GcmBot.Discord.Rest;

namespace GcmBot.Discord.Delivery;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "Discord post to channel {ChannelId}: part {Part} of {Parts} failed ({Result}); reported as {Outcome}")]
    public static partial void PostFailed(ILogger logger, string channelId, int part, int parts, RestOutcome result, PostOutcome outcome);
}
