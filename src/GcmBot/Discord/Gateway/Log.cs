namespace GcmBot.Discord.Gateway;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Discord gateway {Shard}: identifying (intents {Intents})")]
    public static partial void Identifying(ILogger logger, Sharding.Shard shard, int intents);

    [LoggerMessage(LogLevel.Information, "Discord gateway {Shard}: resuming after sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, Sharding.Shard shard, int? sequence);

    [LoggerMessage(LogLevel.Information, "Discord gateway: starting {Plan}")]
    public static partial void ShardsStarting(ILogger logger, Sharding.ShardPlan plan);

    [LoggerMessage(LogLevel.Warning, "Discord gateway {Shard}: sharding required (close code 4011); restarting the shards with {NewCount} in all instead of {OldCount}")]
    public static partial void Resharding(ILogger logger, Sharding.Shard shard, int oldCount, int newCount);

    [LoggerMessage(LogLevel.Information, "Discord gateway ready as user {BotUserId}")]
    public static partial void Ready(ILogger logger, string botUserId);

    [LoggerMessage(LogLevel.Information, "Discord gateway session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Discord gateway asked us to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Discord gateway: invalid session (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(LogLevel.Warning, "Discord gateway: no heartbeat ACK within {Interval}; reconnecting to resume")]
    public static partial void Zombied(ILogger logger, TimeSpan interval);

    [LoggerMessage(LogLevel.Warning, "Discord gateway connection broke: {Error}: {Message}")]
    public static partial void ConnectionBroke(ILogger logger, string error, string message);

    [LoggerMessage(LogLevel.Warning, "Discord gateway: could not connect: {Error}: {Message}")]
    public static partial void ConnectFailed(ILogger logger, string error, string message);

    [LoggerMessage(LogLevel.Information, "Discord gateway {Shard}: {Reason} (close code {CloseCode}); {Next} in {Delay}")]
    public static partial void Reconnecting(ILogger logger, Sharding.Shard shard, string reason, int? closeCode, NextStep next, TimeSpan delay);

    [LoggerMessage(LogLevel.Warning, "Discord gateway: GET /gateway/bot failed ({Outcome}) before the gateway URL and shard count were known; asking again in {Delay}")]
    public static partial void ShardCountUnknown(ILogger logger, GcmBot.Discord.Rest.RestOutcome outcome, TimeSpan delay);

    [LoggerMessage(LogLevel.Critical, "DISCORD GATEWAY STOPPED FOR GOOD ({Shard}): close code {CloseCode}: {Reason}. Chat messages will not be answered until this is fixed and the app restarted; slash commands still work.")]
    public static partial void Stopped(ILogger logger, string shard, int? closeCode, string reason);

    [LoggerMessage(LogLevel.Warning, "Discord: daily session start limit reached; next IDENTIFY in {Wait}")]
    public static partial void IdentifyLimitReached(ILogger logger, TimeSpan wait);

    [LoggerMessage(LogLevel.Warning, "Discord GET /gateway/bot failed ({Outcome}); using the last known URL: {HasCached}")]
    public static partial void GatewayBotFailed(ILogger logger, GcmBot.Discord.Rest.RestOutcome outcome, bool hasCached);

    [LoggerMessage(LogLevel.Warning, "Discord gateway: skipped a MESSAGE_CREATE that could not be read: {Error}")]
    public static partial void UnreadableMessage(ILogger logger, string error);

    [LoggerMessage(LogLevel.Error, "Answering a Discord chat message failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Discord gateway closed; finishing {Count} chat answers under way before stopping")]
    public static partial void Draining(ILogger logger, int count);

    [LoggerMessage(LogLevel.Warning, "A Discord chat answer was abandoned: the app's shutdown time limit ran out")]
    public static partial void AnswerAbandoned(ILogger logger);


    [LoggerMessage(LogLevel.Warning, "Discord answer in channel {ChannelId}: part {Part} of {Parts} not posted ({Outcome}, code {Code})")]
    public static partial void AnswerNotPosted(ILogger logger, string channelId, int part, int parts, GcmBot.Discord.Rest.RestOutcome outcome, int? code);
}
