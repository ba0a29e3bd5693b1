using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using Microsoft.Extensions.DependencyInjection.Extensions;
using GcmBot.Hosting.Startup;
using Microsoft.Extensions.Options;

namespace GcmBot.Corpus;

public static class CorpusExtensions
{
    /// <summary>The start-up step that loads the corpus (and the readiness check's name for it).</summary>
    public const string StartupStepName = "corpus";

    /// <summary>
    /// Registers the corpus folder (Corpus:Directory, resolved here and nowhere else; every file read and
    /// checked against the manifest once) and the parsed corpus as singletons, loaded by a start-up step (on a
    /// thread of its own while the host starts) so that a missing, altered or malformed corpus file stops the app
    /// before it reports started, with the file's path.
    /// </summary>
    public static IHostApplicationBuilder AddCorpus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>().BindConfiguration(CorpusOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCorpusDirectory();
        builder.Services.AddSingleton(sp => sp.GetService<CorpusHeadStart>() is { } head
            ? head.LoadCorpus(sp.GetRequiredService<CorpusDirectory>())
            : CorpusLoader.Load(sp.GetRequiredService<CorpusDirectory>()));
        builder.Services.AddSingleton<IObjectiveCatalog, CorpusObjectiveCatalog>();
        builder.Services.AddStartupStep(new StartupStep(
            StartupStepName,
            sp => sp.GetRequiredService<GcmCorpus>(),
            sp => Describe(sp.GetRequiredService<GcmCorpus>())));
        return builder;
    }

    /// <summary>
    /// The one <see cref="CorpusDirectory"/> every corpus loader reads from: Corpus:Directory is resolved here and
    /// nowhere else (the <see cref="CorpusHeadStart"/>'s guess is used only when it resolves to the same path). Safe to
    /// call from each feature that needs it (the first registration wins).
    /// </summary>
    public static IServiceCollection AddCorpusDirectory(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolvedDirectory;
            return sp.GetService<CorpusHeadStart>() is { } head ? head.OpenFolder(path) : CorpusDirectory.Open(path);
        });
        return services;
    }

    /// <summary>
    /// Begins the corpus, its index, the lexicon and the crosswalk now, on threads of their own (see
    /// <see cref="CorpusHeadStart"/>), from Corpus:Directory as the configuration has it at this moment. Call it just
    /// after the builder is made; the registrations use what it built only where the container asks for the same.
    /// Without a usable Corpus:Directory it does nothing, and the setting's own check reports it at start.
    /// </summary>
    public static IHostApplicationBuilder BeginCorpusHeadStart(this IHostApplicationBuilder builder)
    {
        var directory = builder.Configuration[$"{CorpusOptions.SectionName}:{nameof(CorpusOptions.Directory)}"] ?? new CorpusOptions().Directory;
        if (!string.IsNullOrWhiteSpace(directory))
        {
            builder.Services.AddSingleton(CorpusHeadStart.Begin(new CorpusOptions { Directory = directory }.ResolvedDirectory));
        }

        return builder;
    }

    private static string Describe(GcmCorpus corpus) => $"{corpus.Passages.Count} passages from {corpus.Manifest.Documents.Count} documents";
}
