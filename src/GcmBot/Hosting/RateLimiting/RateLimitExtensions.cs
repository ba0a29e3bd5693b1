using GcmBot.Hosting.Memory;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GcmBot.Hosting.RateLimiting;

public static class RateLimitExtensions
{
    /// <summary>Largest request body Kestrel accepts on any endpoint; each chat endpoint reads far less (16–256 KB).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>
    /// Limits on what any client may send: a request body cap for every endpoint (larger bodies still get
    /// a clean 413 from the endpoints' own smaller limits), and the per-person and per-conversation message limits.
    /// </summary>
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddChatRateLimiter();
        return builder;
    }

    /// <summary>The <see cref="ChatRateLimiter"/> and its validated options; each chat adapter calls this, once is enough.</summary>
    public static IServiceCollection AddChatRateLimiter(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ChatRateLimiter)))
        {
            return services;
        }

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChatRateLimiter>();
        services.AddSingleton<IIdleSweep>(provider => provider.GetRequiredService<ChatRateLimiter>());
        return services;
    }
}
