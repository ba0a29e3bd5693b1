using GcmBot.Hosting;
using GcmBot.Hosting.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GcmBot.Pipeline;

public static class PipelineExtensions
{
    /// <summary>
    /// The <see cref="ChatPipeline"/> with its rate limiter and metrics. Every chat adapter calls this, so a host
    /// built from any subset of features (tests, the CLI) has it; repeated calls add nothing. The router comes
    /// from <c>AddCommandRouter</c> (or a test's own).
    /// </summary>
    public static IServiceCollection AddChatPipeline(this IServiceCollection services)
    {
        services.AddGcmBotMetrics();
        services.AddChatRateLimiter();
        services.TryAddSingleton<ChatPipeline>();
        return services;
    }
}
