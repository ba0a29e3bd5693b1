using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GcmBot.Corpus;

public static class CorpusExtensions
{
    /// <summary>
    /// Registers the corpus folder (Corpus:Directory, resolved here and nowhere else; every file read and
    /// checked against the manifest once) and the parsed corpus as singletons, loaded when the host starts
    /// so that a missing, altered or malformed corpus file stops the app at once with the file's path.
    /// </summary>
    public static IHostApplicationBuilder AddCorpus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCorpusDirectory();
        builder.Services.AddSingleton(sp => CorpusLoader.Load(sp.GetRequiredService<CorpusDirectory>()));
        builder.Services.AddSingleton<IObjectiveCatalog, CorpusObjectiveCatalog>();
        builder.Services.AddHostedService<CorpusWarmup>();
        return builder;
    }

    /// <summary>
    /// The one <see cref="CorpusDirectory"/> every corpus loader reads from: Corpus:Directory is resolved here and
    /// nowhere else. Safe to call from each feature that needs it (the first registration wins).
    /// </summary>
    public static IServiceCollection AddCorpusDirectory(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => CorpusDirectory.Open(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvedDirectory));
        return services;
    }

    /// <summary>Forces the corpus to load during start-up instead of on the first message.</summary>
    private sealed class CorpusWarmup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<GcmCorpus>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
