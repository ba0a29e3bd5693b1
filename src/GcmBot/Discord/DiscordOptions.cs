using System.ComponentModel.DataAnnotations;

namespace GcmBot.Discord;

/// <summary>
/// The "Discord" configuration section. With none of the identity settings present the adapter is off;
/// with some but not all of them the app refuses to start (see <see cref="DiscordOptionsValidator"/>).
/// </summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>Snowflakes are unsigned 64-bit integers written in decimal.</summary>
    internal const string SnowflakePattern = "^[0-9]{1,20}$";

    [RegularExpression(SnowflakePattern, ErrorMessage = "Discord:ApplicationId must be the numeric application id.")]
    public string? ApplicationId { get; set; }

    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Discord:PublicKey must be the 64 hex digits shown in the Developer Portal.")]
    public string? PublicKey { get; set; }

    public string? BotToken { get; set; }

    /// <summary>Registers the commands in this guild only (instant updates while developing) instead of globally.</summary>
    [RegularExpression(SnowflakePattern, ErrorMessage = "Discord:GuildId must be a numeric guild id.")]
    public string? GuildId { get; set; }

    /// <summary>Channels where every message is answered; needs <see cref="MessageContentIntent"/>.</summary>
    public IList<string> ListenChannelIds { get; } = [];

    /// <summary>Requests the privileged MESSAGE_CONTENT intent (it must also be enabled in the Developer Portal).</summary>
    public bool MessageContentIntent { get; set; }

    [Url(ErrorMessage = "Discord:ApiBaseUrl must be an absolute URL.")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Overrides the gateway URL that GET /gateway/bot returns (tests, proxies).</summary>
    public string? GatewayUrl { get; set; }

    public string InteractionsPath { get; set; } = "/discord/interactions";

    /// <summary>How long a command may take before the answer is deferred (Discord allows 3 s in all).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.5", ErrorMessage = "Discord:InlineReplyBudget must be between 0 and 2.5 seconds.")]
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests signed longer ago than this are refused (replay protection).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00", ErrorMessage = "Discord:MaxSignatureAge must be between 5 seconds and 30 minutes.")]
    public TimeSpan MaxSignatureAge { get; set; } = TimeSpan.FromMinutes(5);

    public bool RegisterCommands { get; set; } = true;

    /// <summary>Connects to the gateway to answer mentions and DMs; slash commands work without it.</summary>
    public bool EnableGateway { get; set; } = true;

    /// <summary>
    /// This replica's share of Discord's global limit of 50 requests per second per bot token, which holds
    /// for all replicas together: with several replicas, give each a share so that the shares add up to
    /// less than 50. Interaction responses and follow-ups are exempt.
    /// </summary>
    [Range(1, 50, ErrorMessage = "Discord:GlobalRequestsPerSecond must be from 1 to 50 (Discord allows 50 per second per bot token, across all replicas).")]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>How many gateway shards the bot runs across all replicas; 0 takes the count Discord recommends (GET /gateway/bot).</summary>
    [Range(0, 65_535, ErrorMessage = "Discord:ShardCount must be 0 (the count Discord recommends) or a number of shards from 1 to 65535.")]
    public int ShardCount { get; set; }

    /// <summary>The shards this replica runs, e.g. "0-3" or "4,5"; empty runs all of them. Needs a fixed <see cref="ShardCount"/>.</summary>
    public string? ShardIds { get; set; }

    /// <summary>True when any identity setting is present, i.e. the operator meant to turn the adapter on.</summary>
    public bool IsConfigured =>
        HasValue(ApplicationId) || HasValue(PublicKey) || HasValue(BotToken) || HasValue(GuildId) || ListenChannelIds.Count > 0;

    internal static bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);
}
