using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Rest;

/// <summary>
/// The Discord REST calls the adapter makes. Implementations handle authentication, rate limits and
/// retries; callers get a result and never an exception for an HTTP failure.
/// </summary>
internal interface IDiscordRest
{
    /// <summary>True once Discord has refused the bot token: every call stops until the app is restarted with a new one.</summary>
    bool IsHalted { get; }

    Task<RestResult> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>Sends another message for an interaction (valid for 15 minutes after it arrived).</summary>
    Task<RestResult> CreateFollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>Edits the interaction's first response (the deferred "thinking…" message, or the clicked message).</summary>
    Task<RestResult> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces all the application's commands, globally or in one guild.</summary>
    Task<RestResult> OverwriteApplicationCommandsAsync(IReadOnlyList<ApplicationCommand> commands, string? guildId, CancellationToken cancellationToken);

    /// <summary>GET /gateway/bot: the gateway URL and the session start limit.</summary>
    Task<RestResult> GetGatewayBotAsync(CancellationToken cancellationToken);
}

/// <summary>How a call ended; <see cref="Body"/> is the response JSON when there was one.</summary>
internal sealed record RestResult(RestOutcome Outcome, int StatusCode, string? Body = null, int? ErrorCode = null)
{
    public bool IsSuccess => Outcome == RestOutcome.Success;
}

internal enum RestOutcome
{
    Success,
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,

    /// <summary>Still limited after every allowed retry.</summary>
    RateLimited,

    /// <summary>5xx after every allowed retry.</summary>
    ServerError,
    NetworkError,

    /// <summary>Not sent: the token was refused earlier, so every call stops (Discord bans IPs that keep trying).</summary>
    Halted,
}
