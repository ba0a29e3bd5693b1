namespace GcmBot.Discord.Rest;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Warning, "Discord {Route} rate limited (global: {Global}, scope: {Scope}); waiting {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string route, bool global, string scope, TimeSpan retryAfter);

    [LoggerMessage(LogLevel.Warning, "Discord {Route} answered {Status} (attempt {Attempt}); retrying in {Delay}")]
    public static partial void ServerError(ILogger logger, string route, int status, int attempt, TimeSpan delay);

    [LoggerMessage(LogLevel.Warning, "Discord {Route} could not be reached (attempt {Attempt}, {Error}); retrying in {Delay}")]
    public static partial void NetworkError(ILogger logger, string route, int attempt, TimeSpan delay, string? error);

    [LoggerMessage(LogLevel.Debug, "Discord {Route}: request failed with {Error}")]
    public static partial void SendFailed(ILogger logger, string route, string error);

    [LoggerMessage(LogLevel.Warning, "Discord {Route} refused the request: {Status}, code {Code}: {Message}")]
    public static partial void Refused(ILogger logger, string route, int status, int? code, string? message);

    [LoggerMessage(LogLevel.Error, "Discord {Route} still failing after {Attempts} attempts ({Outcome}); giving up")]
    public static partial void GaveUp(ILogger logger, string route, int attempts, RestOutcome outcome);

    [LoggerMessage(LogLevel.Critical, "DISCORD REJECTED THE BOT TOKEN (401 on {Route}). Every Discord REST call is stopped until restart; check Discord:BotToken.")]
    public static partial void TokenRejected(ILogger logger, string route);
}
