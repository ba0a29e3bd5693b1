using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Manifest;
using GcmBot.Core.Delivery;
using GcmBot.Core.Digest;
using GcmBot.Core.Routing;
using GcmBot.Corpus;
using GcmBot.Digest.Handlers;
using GcmBot.Hosting;
using GcmBot.Digest.Sqlite;
using GcmBot.Hosting.Startup;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

internal static class DigestExtensions
{
    /// <summary>The start-up step that checks the forum calendar against the corpus (and its readiness check's name).</summary>
    public const string CalendarStepName = "calendar";

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

        // Checked against the loaded corpus by a start-up step, after the corpus step (needs AddCorpus): a bad
        // calendar stops the app before it reports started.
        services.AddCorpusDirectory();
        services.AddSingleton(sp => ForumCalendarLoader.Load(sp.GetRequiredService<CorpusDirectory>(), sp.GetRequiredService<GcmCorpus>()));
        var calendarStep = new StartupStep(
            CalendarStepName,
            sp => sp.GetRequiredService<ForumCalendar>(),
            sp => $"{sp.GetRequiredService<ForumCalendar>().Milestones.Count} dates checked against the corpus");
        services.AddStartupStep(calendarStep);
        services.AddSingleton<DigestComposer>();

        // The SQLite file unless AddStorage chose a shared database (Storage:Provider).
        services.TryAddSingleton<IDigestDatabase>(sp => new SqliteDigestDatabase(
            Path.GetFullPath(sp.GetRequiredService<IOptions<DigestOptions>>().Value.DatabasePath, contentRoot)));
        services.TryAddSingleton<ISubscriptionStore>(sp => new SqliteSubscriptionStore((SqliteDigestDatabase)sp.GetRequiredService<IDigestDatabase>()));
        services.TryAddSingleton<ISendLedger>(sp => new SqliteSendLedger((SqliteDigestDatabase)sp.GetRequiredService<IDigestDatabase>()));
        services.AddSingleton<DigestStorageFault>();
        // The posters as a deferred enumeration: the dispatcher asks for them once a subscription is active and the
        // digest command when someone subscribes, so a start (and a first message) with none builds no REST or
        // Connector client (a container's IEnumerable would build every one).
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DigestDispatcher>(sp, Deferred(sp.GetServices<IReplyPoster>)));
        services.AddSingleton<ICommandHandler>(sp => ActivatorUtilities.CreateInstance<DigestCommandHandler>(sp, Deferred(sp.GetServices<IReplyPoster>)));
        services.AddSingleton<ICommandHandler, DatesCommandHandler>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<DigestScheduler>(sp, (Func<DigestDispatcher>)sp.GetRequiredService<DigestDispatcher>));
        services.AddGcmBotMetrics();

        // The dispatcher needs the calendar: until the calendar step has run, the digest check reports its database
        // without it rather than build it (waiting for the corpus inside a /readyz probe) or repeat the calendar's check.
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "digest",
            sp => new DigestHealthCheck(
                sp.GetRequiredService<IDigestDatabase>(),
                calendarStep.IsReady ? sp.GetRequiredService<DigestDispatcher>() : null,
                sp.GetRequiredService<IOptions<DigestOptions>>(),
                sp.GetRequiredService<DigestStorageFault>()),
            failureStatus: null,
            tags: [HealthExtensions.ReadyTag]));
        return builder;
    }

    private static IEnumerable<IReplyPoster> Deferred(Func<IEnumerable<IReplyPoster>> posters)
    {
        foreach (var poster in posters())
        {
            yield return poster;
        }
    }
}
