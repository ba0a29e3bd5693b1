using GcmBot.Core.Corpus;
using Microsoft.Extensions.Options;

namespace GcmBot.Corpus;

public static class CorpusExtensions
{
    /// <summary>
    /// Registers the parsed corpus as a singleton, loaded when the host starts so that a missing or
    /// altered corpus file stops the app at once with the file's name.
    /// </summary>
    public static IHostApplicationBuilder AddCorpus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => CorpusLoader.Load(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvedDirectory));
        builder.Services.AddSingleton<IObjectiveCatalog, CorpusObjectiveCatalog>();
        builder.Services.AddHostedService<CorpusWarmup>();
        return builder;
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
