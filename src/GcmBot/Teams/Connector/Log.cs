namespace GcmBot.Teams.Connector;

/// <summary>Connector client logs; request bodies and tokens are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4200, EventName = "TeamsSendRetrying", Level = LogLevel.Warning,
        Message = "The Connector answered {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void SendRetrying(ILogger logger, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4201, EventName = "TeamsSendFailed", Level = LogLevel.Warning,
        Message = "Sending to the Connector failed")]
    public static partial void SendFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4202, EventName = "TeamsUntrustedServiceUrl", Level = LogLevel.Error,
        Message = "Refusing to send to serviceUrl host {Host}: not a Bot Framework host (add it to Teams:ExtraTrustedServiceHosts if it is yours)")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);

    [LoggerMessage(EventId = 4203, EventName = "TeamsNoConnectorToken", Level = LogLevel.Error,
        Message = "No Connector token could be obtained (check Teams:AppId, Teams:AppSecret, Teams:TenantId and Teams:AppType)")]
    public static partial void NoConnectorToken(ILogger logger, Exception exception);
}
