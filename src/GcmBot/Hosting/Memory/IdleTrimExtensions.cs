using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GcmBot.Hosting.Memory;

public static class IdleTrimExtensions
{
    /// <summary>
    /// Gives back the heap a busy spell grew once the app is quiet again, and limits the heap once start-up is over
    /// (section "Memory", checked at start).
    /// </summary>
    public static IHostApplicationBuilder AddIdleTrim(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdleTrimOptions>().BindConfiguration(IdleTrimOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddGcmBotMetrics();
        builder.Services.TryAddSingleton(HeapControls.Runtime);
        builder.Services.TryAddSingleton<HeapCompactor>();
        builder.Services.AddHostedService<IdleHeapTrimmer>();

        // A ceiling on the heap once start-up is over (and the semantic layer's model has loaded): see HeapLimiter.
        builder.Services.AddOptions<HeapLimitOptions>().BindConfiguration(IdleTrimOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(HeapLimitControls.Runtime);
        builder.Services.AddHostedService<HeapLimiter>();
        return builder;
    }
}
