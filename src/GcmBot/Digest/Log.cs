namespace GcmBot.Digest;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "DigestSent", Level = LogLevel.Information,
        Message = "Digest for {Day} sent to {Surface} conversation {ConversationId}")]
    public static partial void DigestSent(this ILogger logger, DateOnly day, string surface, string conversationId);

    [LoggerMessage(EventId = 2, EventName = "DigestRetry", Level = LogLevel.Warning,
        Message = "Digest for {Day} to {Surface} conversation {ConversationId} failed (attempt {Attempts}); next try at {NextAttempt:o}")]
    public static partial void DigestRetry(
        this ILogger logger, DateOnly day, string surface, string conversationId, int attempts, DateTimeOffset nextAttempt);

    [LoggerMessage(EventId = 3, EventName = "DigestGivenUp", Level = LogLevel.Error,
        Message = "Digest for {Day} to {Surface} conversation {ConversationId} given up after {Attempts} failed attempts")]
    public static partial void DigestGivenUp(this ILogger logger, DateOnly day, string surface, string conversationId, int attempts);

    [LoggerMessage(EventId = 4, EventName = "SubscriptionPaused", Level = LogLevel.Warning,
        Message = "{Surface} conversation {ConversationId} no longer accepts posts; its digest subscription is paused")]
    public static partial void SubscriptionPaused(this ILogger logger, string surface, string conversationId);

    [LoggerMessage(EventId = 5, EventName = "NoPoster", Level = LogLevel.Warning,
        Message = "No poster for surface {Surface}: its digest subscriptions wait until that adapter is configured")]
    public static partial void NoPoster(this ILogger logger, string surface);

    [LoggerMessage(EventId = 6, EventName = "UnknownTimeZone", Level = LogLevel.Warning,
        Message = "Digest subscription {SubscriptionId} names time zone {TimeZone}, which this system does not know")]
    public static partial void UnknownTimeZone(this ILogger logger, long subscriptionId, string timeZone);

    [LoggerMessage(EventId = 7, EventName = "PostFailed", Level = LogLevel.Warning,
        Message = "Posting the digest to {Surface} conversation {ConversationId} threw; treated as a transient failure")]
    public static partial void PostFailed(this ILogger logger, Exception exception, string surface, string conversationId);

    [LoggerMessage(EventId = 8, EventName = "TickFailed", Level = LogLevel.Error,
        Message = "Digest scheduler run failed; it will run again at the next tick")]
    public static partial void TickFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 10, EventName = "SentNotRecorded", Level = LogLevel.Error,
        Message = "Digest for {Day} (subscription {SubscriptionId}) was posted but the database refused to record it; it will not be posted again and is recorded when the database takes writes")]
    public static partial void SentNotRecorded(this ILogger logger, Exception exception, DateOnly day, long subscriptionId);

    [LoggerMessage(EventId = 11, EventName = "SentRecordedLate", Level = LogLevel.Information,
        Message = "Digest for {Day} (subscription {SubscriptionId}) is now recorded as sent")]
    public static partial void SentRecordedLate(this ILogger logger, DateOnly day, long subscriptionId);

    [LoggerMessage(EventId = 12, EventName = "StorageUnavailable", Level = LogLevel.Warning,
        Message = "The digest database could not be used ({Error}); nothing was changed, it is tried again later")]
    public static partial void StorageUnavailable(this ILogger logger, string error);

    [LoggerMessage(EventId = 9, EventName = "SchedulerStarted", Level = LogLevel.Information,
        Message = "Digest scheduler started: database {DatabasePath}, schema version {Version}, tick {TickInterval}")]
    public static partial void SchedulerStarted(this ILogger logger, string databasePath, int version, TimeSpan tickInterval);

    [LoggerMessage(EventId = 13, EventName = "DatabaseUnusable", Level = LogLevel.Error,
        Message = "The daily digest is off: the database at {Setting} ({Path}) cannot be used: {Reason}. Answers go on; /readyz reports the digest Unhealthy. Restore or remove the file and restart")]
    public static partial void DatabaseUnusable(this ILogger logger, string setting, string path, string reason);

    [LoggerMessage(EventId = 14, EventName = "DatabaseEmpty", Level = LogLevel.Warning,
        Message = "The digest database at {Setting} ({Path}) is an empty (zero-byte) file: any subscriptions it held are gone; starting with none")]
    public static partial void DatabaseEmpty(this ILogger logger, string setting, string path);

    [LoggerMessage(EventId = 15, EventName = "DatabaseCreated", Level = LogLevel.Information,
        Message = "No digest database at {Setting} ({Path}); creating a new one with no subscriptions")]
    public static partial void DatabaseCreated(this ILogger logger, string setting, string path);

    [LoggerMessage(EventId = 16, EventName = "DatabaseUnreachable", Level = LogLevel.Error,
        Message = "The digest database at {Setting} ({Location}) cannot be reached: {Reason}. Tried again at every tick; /readyz reports the digest Unhealthy until then")]
    public static partial void DatabaseUnreachable(this ILogger logger, string setting, string location, string reason);

    [LoggerMessage(EventId = 17, EventName = "DigestUnconfirmed", Level = LogLevel.Warning,
        Message = "Digest for {Day} to {Surface} conversation {ConversationId} got no answer within {Limit}: it may or may not have been shown, and is not posted again (no idempotency key)")]
    public static partial void DigestUnconfirmed(this ILogger logger, DateOnly day, string surface, string conversationId, TimeSpan limit);

    [LoggerMessage(EventId = 18, EventName = "ClaimTooSlow", Level = LogLevel.Warning,
        Message = "Claiming the digest for {Day} to {Surface} conversation {ConversationId} took half its lease: not posted now, retried later")]
    public static partial void ClaimTooSlow(this ILogger logger, DateOnly day, string surface, string conversationId);
}
