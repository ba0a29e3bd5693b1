using GcmBot.Pipeline;
using GcmBot.Core.Delivery;
using GcmBot.Hosting;
using GcmBot.Hosting.Memory;
using GcmBot.Hosting.Startup;
using GcmBot.Teams.Auth;
using GcmBot.Teams.Cards;
using GcmBot.Teams.Connector;
using GcmBot.Teams.Conversations;
using GcmBot.Teams.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams;

/// <summary>Wires the Microsoft Teams adapter (Bot Framework protocol, no SDK).</summary>
public static class TeamsExtensions
{
    private static readonly TimeSpan HttpTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ConnectorConnectionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>A probe must answer quickly; a login endpoint slower than this counts as unready.</summary>
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the Teams adapter. Expects an <see cref="GcmBot.Core.Routing.ICommandRouter"/> from the
    /// router feature; provides the "teams" <see cref="IReplyPoster"/> for the digest.
    /// </summary>
    public static WebApplicationBuilder AddTeamsAdapter(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // Singletons (they cache keys, tokens and pacing state) that take a fresh client per call from the factory.
        foreach (var name in (string[])[TeamsDocumentRetriever.HttpClientName, ClientCredentialsTokenProvider.HttpClientName])
        {
            services.AddHttpClient(name, client => client.Timeout = HttpTimeout);
        }

        // Every reply is a Connector call: the factory's four Information lines per request (URL with the conversation
        // id, timings) were a seventh of the app's CPU under load. BotConnectorClient logs what fails itself.
        // BotConnectorClient keeps one client for the app's life, so its handler is never rotated by the factory: the
        // handler renews its own pooled connections instead (DNS changes are seen within the factory's usual 2 minutes).
        services.AddHttpClient(BotConnectorClient.HttpClientName, client => client.Timeout = HttpTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = ConnectorConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();

        // The keys make their own document retriever: registering it would load IdentityModel.Protocols (its interface's
        // assembly) with Teams off too, at no use (issue 19, memory after start).
        services.AddSingleton<ISigningKeySource, BotFrameworkSigningKeys>();
        services.AddSingleton<IInboundTokenValidator, BotFrameworkTokenValidator>();
        services.AddSingleton<IOutboundTokenProvider, ClientCredentialsTokenProvider>();
        services.AddSingleton<IConnectorClient, BotConnectorClient>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<IIdleSweep>(provider => provider.GetRequiredService<ConversationPacer>());
        services.AddSingleton<ConnectorRetries>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<TeamsRoster>();

        services.AddSingleton<AdaptiveCardRenderer>();
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.AddSingleton<TeamsTurnQueue>();
        services.AddChatPipeline();
        services.AddScoped<TeamsTurnHandler>();
        services.AddSingleton<TeamsReplySender>();
        services.AddSingleton<IReplyPoster, TeamsReplyPoster>();
        services.AddSingleton<TeamsStateCheck>();
        services.AddStartupStep(new StartupStep(TeamsStateCheck.StepName, sp => sp.GetRequiredService<TeamsStateCheck>().Run()));
        services.AddHostedService<TeamsTurnWorker>();

        // A singleton, so the failure it holds back outlives one probe.
        services.AddGcmBotMetrics();
        services.AddSingleton<TeamsHealthCheck>();
        services.AddHealthChecks().AddCheck<TeamsHealthCheck>("teams", tags: [HealthExtensions.ReadyTag], timeout: HealthCheckTimeout);
        return builder;
    }

    /// <summary>
    /// Maps the bot's messaging endpoint, POST /api/messages, when there is an app id or Emulator mode was
    /// asked for. Read from configuration, not the options, so an invalid section still fails at start.
    /// </summary>
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        var section = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetSection(TeamsOptions.SectionName);
        var settings = new TeamsOptions { AppId = section[nameof(TeamsOptions.AppId)], EmulatorMode = section.GetValue<bool?>(nameof(TeamsOptions.EmulatorMode)) ?? false };
        if (!settings.IsEndpointEnabled)
        {
            return endpoints;
        }

        // A RequestDelegate, not the handler itself: without the request delegate generator a handler with parameters
        // is compiled by the request delegate factory (System.Linq.Expressions) inside the first request, which was
        // most of that request while the app started (issue 19); this way neither is needed. Same services, same
        // result executed, same cancellation.
        endpoints.MapPost(TeamsMessagesEndpoint.Path, static async (HttpContext http) =>
        {
            var services = http.RequestServices;
            var result = await TeamsMessagesEndpoint.HandleAsync(
                http,
                services.GetRequiredService<IInboundTokenValidator>(),
                services.GetRequiredService<TeamsTurnQueue>(),
                services.GetRequiredService<ChatPipeline>(),
                services.GetRequiredService<ILoggerFactory>(),
                services.GetRequiredService<IOptions<TeamsOptions>>(),
                http.RequestAborted);
            await result.ExecuteAsync(http);
        });
        return endpoints;
    }
}
