using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Digest;
using GcmBot.Core.Routing;
using GcmBot.Corpus;
using GcmBot.Digest.Handlers;
using GcmBot.Hosting;
using GcmBot.Digest.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

internal static class DigestExtensions
{
    /// <summary>
    /// The daily digest: forum calendar, "digest" and "dates" commands, the subscription database and
    /// the scheduler. Posting uses the <c>IReplyPoster</c>s the chat adapters register.
    /// </summary>
    public static IHostApplicationBuilder AddDailyDigest(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Checked against the loaded corpus when the scheduler is built, i.e. at start (needs AddCorpus).
        services.AddCorpusDirectory();
        services.AddSingleton(sp => ForumCalendarLoader.Load(sp.GetRequiredService<CorpusDirectory>(), sp.GetRequiredService<GcmCorpus>()));
        services.AddSingleton<DigestComposer>();

        // The SQLite file unless AddStorage chose a shared database (Storage:Provider).
        services.TryAddSingleton<IDigestDatabase>(sp => new SqliteDigestDatabase(
            Path.GetFullPath(sp.GetRequiredService<IOptions<DigestOptions>>().Value.DatabasePath, contentRoot)));
        services.TryAddSingleton<ISubscriptionStore>(sp => new SqliteSubscriptionStore((SqliteDigestDatabase)sp.GetRequiredService<IDigestDatabase>()));
        services.TryAddSingleton<ISendLedger>(sp => new SqliteSendLedger((SqliteDigestDatabase)sp.GetRequiredService<IDigestDatabase>()));
        services.AddSingleton<DigestStorageFault>();
        services.AddSingleton<DigestDispatcher>();
        services.AddSingleton<ICommandHandler, DigestCommandHandler>();
        services.AddSingleton<ICommandHandler, DatesCommandHandler>();
        services.AddHostedService<DigestScheduler>();
        services.AddGcmBotMetrics();
        services.AddHealthChecks().AddCheck<DigestHealthCheck>("digest", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }
}
