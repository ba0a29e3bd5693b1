namespace GcmBot.Hosting.RateLimiting;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Rate limit reached on {Surface} in conversation {ConversationId}; the sender is told once, further messages this window are refused quietly")]
    public static partial void Limited(ILogger logger, string surface, string conversationId);

    /// <summary>Debug: each message refused after the notice (also the signal tests wait for instead of a quiet period).</summary>
    [LoggerMessage(LogLevel.Debug, "Message refused quietly on {Surface} in conversation {ConversationId}: the sender was already told")]
    public static partial void RefusedQuietly(ILogger logger, string surface, string conversationId);
}
