namespace GcmBot.Teams.Auth;

/// <summary>Teams authentication logs. Tokens, secrets and token contents are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, EventName = "TeamsSigningKeysFetched", Level = LogLevel.Information,
        Message = "Fetched {Count} Bot Framework signing keys (unknown key id: {UnknownKey})")]
    public static partial void SigningKeysFetched(ILogger logger, int count, bool unknownKey);

    [LoggerMessage(EventId = 4101, EventName = "TeamsSigningKeysFetchFailed", Level = LogLevel.Warning,
        Message = "Refreshing the Bot Framework signing keys failed; the cached keys stay in use")]
    public static partial void SigningKeysFetchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4102, EventName = "TeamsSigningKeysUnavailable", Level = LogLevel.Error,
        Message = "No Bot Framework signing keys are available (check Teams:OpenIdMetadataUrl and network access)")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4103, EventName = "TeamsOutboundTokenAcquired", Level = LogLevel.Debug,
        Message = "Acquired a Connector token valid until {ExpiresAt:O}")]
    public static partial void OutboundTokenAcquired(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4104, EventName = "TeamsOutboundTokenRefreshFailed", Level = LogLevel.Warning,
        Message = "Refreshing the Connector token failed; the current token is used until it expires")]
    public static partial void OutboundTokenRefreshFailed(ILogger logger, Exception exception);
}
