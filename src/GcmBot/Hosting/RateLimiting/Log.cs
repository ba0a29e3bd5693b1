namespace GcmBot.Hosting.RateLimiting;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Rate limit reached on {Surface} in conversation {ConversationId}; the sender is told once, further messages this window are refused quietly")]
    public static partial void Limited(ILogger logger, string surface, string conversationId);
}
