namespace GcmBot.Discord.Interactions;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Refused a Discord interaction request: signature {Check} (Discord also sends bad signatures on purpose, as a check)")]
    public static partial void SignatureRefused(ILogger logger, SignatureCheck check);

    [LoggerMessage(LogLevel.Information, "Refused Discord interaction {InteractionId}: {Verdict} (its id was already answered within the signature window, or the replay cache is full)")]
    public static partial void ReplayRefused(ILogger logger, string interactionId, ReplayVerdict verdict);


    [LoggerMessage(LogLevel.Warning, "Discord interaction {InteractionId}: message {Part} of {Parts} not delivered ({Outcome}, code {Code})")]
    public static partial void FollowUpFailed(ILogger logger, string interactionId, int part, int parts, GcmBot.Discord.Rest.RestOutcome outcome, int? code);

    [LoggerMessage(LogLevel.Error, "A deferred Discord answer failed")]
    public static partial void FollowUpCrashed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "A deferred Discord answer was cancelled: the app's shutdown time limit ran out")]
    public static partial void FollowUpCancelled(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "A deferred Discord answer arrived after the app began stopping and was not sent")]
    public static partial void FollowUpRefused(ILogger logger);
}
