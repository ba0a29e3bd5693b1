namespace GcmBot.Digest;

/// <summary>
/// One channel's (or conversation's) subscription. <see cref="StartsAtUtc"/> is when it was last
/// set: a daily time that came round before it is never owed, so subscribing at 10:00 for 09:00
/// starts tomorrow instead of posting at once.
/// </summary>
internal sealed record DigestSubscription(
    long Id,
    string Surface,
    string ConversationId,
    TimeOnly LocalTime,
    string TimeZoneId,
    DateTimeOffset StartsAtUtc,
    bool Paused,
    string? PausedReason,
    DateOnly? LastSentLocalDate);
