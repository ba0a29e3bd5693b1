using GcmBot.Core.Corpus;
using GcmBot.Core.Routing;

namespace GcmBot.Discord;

/// <summary>
/// With Discord on, fails start-up at once when the core services the adapter needs are missing,
/// rather than answering Discord's first request (its endpoint check) with an error.
/// </summary>
internal sealed class DiscordStartupCheck(IServiceProvider services, ILogger<DiscordStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Asked of the registrations, not by resolving them: the router and catalog need the corpus, which is
        // still loading on its own thread (Hosting/Startup) and would hold the start here until it is done.
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        var missing = new[] { typeof(ICommandRouter), typeof(IObjectiveCatalog) }
            .Where(t => !registered.IsService(t))
            .Select(t => t.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The Discord adapter is configured but {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} not registered.");
        }

        Log.AdapterOn(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>With no Discord settings, says once that the adapter is off.</summary>
internal sealed class DiscordOffNotice(ILogger<DiscordOffNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.AdapterOff(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static partial class Log
{
    [LoggerMessage(LogLevel.Information, "Discord adapter off: no Discord settings (set Discord:ApplicationId, Discord:PublicKey and Discord:BotToken to turn it on)")]
    public static partial void AdapterOff(ILogger logger);

    [LoggerMessage(LogLevel.Information, "Discord adapter on")]
    public static partial void AdapterOn(ILogger logger);

    [LoggerMessage(LogLevel.Error, "The command router failed on a Discord request")]
    public static partial void RouterFailed(ILogger logger, Exception exception);
}
