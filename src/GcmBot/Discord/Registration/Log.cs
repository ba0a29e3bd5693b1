using GcmBot.Discord.Rest;

namespace GcmBot.Discord.Registration;

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Discord: registered {Count} slash commands {Scope}")]
    public static partial void Registered(ILogger logger, int count, string scope);

    [LoggerMessage(LogLevel.Error, "Discord: registering the slash commands failed ({Outcome}, code {Code}): {Body}")]
    public static partial void RegistrationFailed(ILogger logger, RestOutcome outcome, int? code, string? body);
}
