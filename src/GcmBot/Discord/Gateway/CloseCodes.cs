namespace GcmBot.Discord.Gateway;

/// <summary>What to do after the gateway closes the connection (topics/opcodes-and-status-codes.mdx).</summary>
internal static class CloseCodes
{
    /// <summary>4011: this shard has too many guilds; the bot must run more shards.</summary>
    public const int ShardingRequired = 4011;

    /// <summary>Retrying these can only fail again, and some count against the identify limit.</summary>
    public static readonly IReadOnlyDictionary<int, string> Fatal = new Dictionary<int, string>
    {
        [4004] = "authentication failed: the bot token is wrong (Discord:BotToken)",
        [4010] = "invalid shard",
        [4012] = "invalid API version",
        [4013] = "invalid intents",
        [4014] = "disallowed intents: enable the Message Content intent in the Developer Portal or set Discord:MessageContentIntent to false",
    };

    /// <summary>Our own code when we drop a connection but keep the session resumable (1000 and 1001 end it).</summary>
    public const int Reconnecting = 4900;

    public static NextStep After(int? code) => code switch
    {
        ShardingRequired => NextStep.Reshard,
        { } c when Fatal.ContainsKey(c) => NextStep.Stop,

        // 4007 invalid seq, 4009 session timed out: the session is gone.
        4007 or 4009 => NextStep.NewSession,
        _ => NextStep.Resume,
    };
}

internal enum NextStep
{
    Resume,
    NewSession,
    Stop,

    /// <summary>Close code 4011: re-read the shard count and restart every shard.</summary>
    Reshard,
}
