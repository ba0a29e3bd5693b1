using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GcmBot.Hosting;

public static class MetricsExtensions
{
    /// <summary>
    /// The <see cref="GcmBotMetrics"/> singleton. Every feature that records metrics calls this, so a
    /// host built from any subset of features (tests, the CLI) has it; repeated calls add nothing.
    /// </summary>
    public static IServiceCollection AddGcmBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<GcmBotMetrics>();
        return services;
    }
}
