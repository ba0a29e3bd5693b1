namespace GcmBot.Pipeline;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Error, "Answering a chat message failed; the user was sent an apology")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);

    private static readonly Func<ILogger, string, string, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string, string>("Chat turn on {Surface} in conversation {ConversationId}");

    public static IDisposable? Turn(ILogger logger, string surface, string conversationId) => TurnScope(logger, surface, conversationId);
}
