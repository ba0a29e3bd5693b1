using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GcmBot.Hosting.Memory;

public static class IdleTrimExtensions
{
    /// <summary>Gives back the heap a busy spell grew once the app is quiet again (section "Memory", checked at start).</summary>
    public static IHostApplicationBuilder AddIdleTrim(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdleTrimOptions>().BindConfiguration(IdleTrimOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddGcmBotMetrics();
        builder.Services.TryAddSingleton(HeapControls.Runtime);
        builder.Services.AddHostedService<IdleHeapTrimmer>();
        return builder;
    }
}
