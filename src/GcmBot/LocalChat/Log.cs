namespace GcmBot.LocalChat;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Local chat: open {Address} in a browser")]
    public static partial void ChatIsAt(ILogger logger, string address);
}
