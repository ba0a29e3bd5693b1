using GcmBot.Core.Digest;
using GcmBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GcmBot.Digest;

internal static class DigestExtensions
{
    /// <summary>
    /// The daily digest: forum calendar, "digest" and "dates" commands, the subscription database and
    /// the scheduler. Posting uses the <c>IReplyPoster</c>s the chat adapters register.
    /// </summary>
    public static WebApplicationBuilder AddDailyDigest(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // The calendar is checked against the corpus when the scheduler is built, i.e. at start.
        services.AddSingleton(_ => ForumCalendarLoader.Load(CorpusDirectory(builder.Configuration, contentRoot)));
        services.AddSingleton<DigestComposer>();

        services.AddSingleton(sp => new DigestDatabase(
            Path.GetFullPath(sp.GetRequiredService<IOptions<DigestOptions>>().Value.DatabasePath, contentRoot)));
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<SendLedger>();
        services.AddSingleton<DigestDispatcher>();
        services.AddSingleton<ICommandHandler, DigestCommandHandler>();
        services.AddSingleton<ICommandHandler, DatesCommandHandler>();
        services.AddHostedService<DigestScheduler>();
        return builder;
    }

    /// <summary>Corpus:Directory (relative to the content root), else the corpus copied beside the app.</summary>
    private static string CorpusDirectory(IConfiguration configuration, string contentRoot) =>
        configuration["Corpus:Directory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(AppContext.BaseDirectory, "corpus");
}
