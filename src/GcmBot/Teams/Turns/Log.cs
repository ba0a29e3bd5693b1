namespace GcmBot.Teams.Turns;

/// <summary>Teams turn logs. Message text, tokens and secrets are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4300, EventName = "TeamsEmulatorMode", Level = LogLevel.Warning,
        Message = "Teams:EmulatorMode is on: /api/messages is UNAUTHENTICATED (local Emulator mode), for loopback callers without Origin or forwarding headers only")]
    public static partial void EmulatorMode(ILogger logger);

    [LoggerMessage(EventId = 4311, EventName = "TeamsOff", Level = LogLevel.Information,
        Message = "Teams adapter off: Teams:AppId is empty and Teams:EmulatorMode is false, so /api/messages is not mapped")]
    public static partial void TeamsOff(ILogger logger);

    [LoggerMessage(EventId = 4312, EventName = "TeamsEmulatorRequestRefused", Level = LogLevel.Information,
        Message = "Refused a request to the Emulator endpoint /api/messages with {StatusCode}: {Reason}")]
    public static partial void EmulatorRequestRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 4313, EventName = "TeamsEmulatorRequestRejected", Level = LogLevel.Information,
        Message = "Refused a request to the Emulator endpoint /api/messages: {Status}, {Reason}")]
    public static partial void EmulatorRequestRejected(ILogger logger, GcmBot.Teams.Auth.InboundAuthStatus status, string reason);

    [LoggerMessage(EventId = 4301, EventName = "TeamsAuthenticatedMode", Level = LogLevel.Information,
        Message = "Teams adapter requires Bot Framework tokens for app {AppId} ({AppType})")]
    public static partial void AuthenticatedMode(ILogger logger, string appId, TeamsAppType appType);

    [LoggerMessage(EventId = 4302, EventName = "TeamsTurnFailed", Level = LogLevel.Error,
        Message = "Handling a Teams {ActivityType} activity failed")]
    public static partial void TurnFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(EventId = 4303, EventName = "TeamsIncompleteActivity", Level = LogLevel.Warning,
        Message = "Ignoring a Teams {ActivityType} activity without serviceUrl, conversation or recipient")]
    public static partial void IncompleteActivity(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 4304, EventName = "TeamsReferenceRemoved", Level = LogLevel.Information,
        Message = "Removed the conversation reference for {ConversationId} ({Reason})")]
    public static partial void ReferenceRemoved(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 4305, EventName = "TeamsReplyNotDelivered", Level = LogLevel.Warning,
        Message = "A Teams reply was not delivered: status {StatusCode}, error {ErrorCode}")]
    public static partial void ReplyNotDelivered(ILogger logger, int statusCode, string? errorCode);

    [LoggerMessage(EventId = 4306, EventName = "TeamsRequestRejected", Level = LogLevel.Warning,
        Message = "Rejected a request to /api/messages: {Status}, {Reason}")]
    public static partial void RequestRejected(ILogger logger, GcmBot.Teams.Auth.InboundAuthStatus status, string reason);

    [LoggerMessage(EventId = 4307, EventName = "TeamsQueueFull", Level = LogLevel.Warning,
        Message = "The Teams turn queue is full; answering 503")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(EventId = 4308, EventName = "TeamsStateUnavailable", Level = LogLevel.Warning,
        Message = "The Teams state file could not be written ({Error}) for conversation {ConversationId}; the turn goes on without it")]
    public static partial void StateUnavailable(ILogger logger, string conversationId, string error);

    [LoggerMessage(EventId = 4310, EventName = "TeamsDraining", Level = LogLevel.Information,
        Message = "Teams adapter stopping: answering the {Queued} queued turns and those under way first")]
    public static partial void Draining(ILogger logger, int queued);

    [LoggerMessage(EventId = 4309, EventName = "TeamsTurnsAbandoned", Level = LogLevel.Warning,
        Message = "The shutdown time limit ran out before every Teams turn was answered; {Queued} were still queued in one lane")]
    public static partial void TurnsAbandoned(ILogger logger, int queued);

    [LoggerMessage(EventId = 4314, EventName = "TeamsStateFileDamaged", Level = LogLevel.Error,
        Message = "The Teams state file at Teams:StatePath ({Path}) is damaged: {Reason}. Answers go on without stored conversations; /readyz reports Teams Unhealthy. Restore or remove the file and restart")]
    public static partial void StateFileDamaged(ILogger logger, string path, string reason);
}
