namespace GcmBot.LocalChat;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Error, "The command router failed on a local chat message; the page was sent an apology")]
    public static partial void RouterFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Information, "Local chat: open {Address} in a browser")]
    public static partial void ChatIsAt(ILogger logger, string address);
}
