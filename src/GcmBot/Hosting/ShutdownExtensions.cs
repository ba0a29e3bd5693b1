namespace GcmBot.Hosting;

public static class ShutdownExtensions
{
    /// <summary>
    /// How long a stop may take before work still running is cancelled. Within it Kestrel stops taking
    /// requests and finishes those in flight, the Discord gateway closes normally, and queued replies,
    /// Teams turns and digest posts already started are finished (README-observability.md).
    /// </summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Sets the host's shutdown timeout to <see cref="DefaultShutdownTimeout"/> unless the host
    /// configuration sets "shutdownTimeoutSeconds" (e.g. the DOTNET_SHUTDOWNTIMEOUTSECONDS variable).
    /// </summary>
    public static IHostApplicationBuilder AddGracefulShutdown(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HostOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            if (string.IsNullOrWhiteSpace(configuration["shutdownTimeoutSeconds"]))
            {
                options.ShutdownTimeout = DefaultShutdownTimeout;
            }
        });
        return builder;
    }
}
