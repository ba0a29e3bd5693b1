using GcmBot.Answers;
using GcmBot.Cli;
using GcmBot.Corpus;
using GcmBot.Digest;
using GcmBot.Discord;
using GcmBot.Hosting;
using GcmBot.Hosting.Memory;
using GcmBot.Hosting.RateLimiting;
using GcmBot.Hosting.Startup;
using GcmBot.LocalChat;
using GcmBot.Observability;
using GcmBot.Routing;
using GcmBot.Storage;
using GcmBot.Teams;

// Any failure to start (a setting, the corpus checksum, a port in use) ends with one line and a non-zero exit code.
// Only as the process's own entry point: under WebApplicationFactory the test host must see the exception itself.
var isProcess = System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly;
try
{
    return await RunAsync(args);
}
catch (Exception e) when (isProcess)
{
    return StartupFailure.Report(e);
}

static async Task<int> RunAsync(string[] args)
{
    // Command-line verbs (objective, ask, chat, teams-package, healthcheck) run without the web host.
    if (await CliDispatcher.TryRunAsync(args) is { } exitCode)
    {
        return exitCode;
    }

    // Lucene.Net's first-use costs, paid on the second core while the host is built (see SearchWarmUp)
    SearchWarmUp.Begin();

    // The app's own folder is the content root: appsettings.json and corpus/ are copied there from the repository's top level.
    // The slim builder, with what GcmBot uses of the full one (see AppBuilder).
    var builder = AppBuilder.Create(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    // The corpus and its index begin now on the second core, idle until the app is built (see CorpusHeadStart).
    builder.BeginCorpusHeadStart();

    // The corpus, free-text answers over its index, and the one router every chat surface calls
    builder.AddCorpus();
    builder.AddAnswers();
    builder.AddCommandRouter();

    // Limits on what any client may send: request body size, messages per person and per conversation
    builder.AddRequestLimits();

    // Client addresses from X-Forwarded-For, only from the reverse proxies named in settings (off by default)
    builder.AddForwardedHeaders();

    // Chat surfaces: each translates between its platform and the router
    builder.AddLocalChat();
    builder.AddStorage();
    builder.AddDiscordAdapter();
    builder.AddTeamsAdapter();

    // The daily digest of review forum dates, posted to subscribed channels
    builder.AddDailyDigest();

    // Health and readiness; stopping within a time limit, finishing the work in flight
    builder.AddHealth();
    builder.AddGracefulShutdown();

    // Giving back the memory a busy spell grew, once the app is quiet again
    builder.AddIdleTrim();

    // OpenTelemetry metrics and traces, tagged with the replica's name (off unless Telemetry settings ask)
    builder.AddTelemetry();

    var app = builder.Build();

    // The corpus and the index load on a thread of their own from here on, while the host and Kestrel start.
    app.Services.BeginStartupSteps();

    app.UseConfiguredForwardedHeaders();

    app.MapHealth();
    app.MapTelemetry();
    app.MapLocalChat();
    app.MapDiscord();
    app.MapTeams();

    // Not RunAsync: it disposes the host when start-up fails, which hides the failure (a setting that names
    // itself) behind an ObjectDisposedException in the integration tests' host. A failed start ends the process anyway.
    await app.StartAsync();
    await app.WaitForShutdownAsync();

    // A background service that died stopped the host: that is a failure, not a clean stop.
    var failed = StartupFailure.AnyBackgroundServiceFailed(app.Services);
    await app.DisposeAsync();
    return failed ? StartupFailure.ExitCode : 0;
}

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
