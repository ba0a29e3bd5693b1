using GcmBot.Pipeline;
using GcmBot.Core.Delivery;
using GcmBot.Discord.Registration;
using GcmBot.Discord.Delivery;
using GcmBot.Discord.Gateway;
using GcmBot.Discord.Gateway.Sharding;
using GcmBot.Discord.Interactions;
using GcmBot.Discord.Rendering;
using GcmBot.Discord.Rest;
using GcmBot.Hosting;
using GcmBot.Hosting.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord;

/// <summary>
/// The Discord adapter: interactions endpoint (slash commands, buttons, autocomplete), gateway client
/// (mentions and DMs), REST client, renderer, and the digest's <see cref="IReplyPoster"/>. It only
/// translates between Discord and the core's <c>ICommandRouter</c>.
/// </summary>
public static class DiscordExtensions
{
    public static WebApplicationBuilder AddDiscordAdapter(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        var settings = builder.Configuration.GetSection(DiscordOptions.Section).Get<DiscordOptions>();
        if (settings?.IsConfigured != true)
        {
            services.AddHostedService<DiscordOffNotice>();
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddGcmBotMetrics();
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord", tags: [HealthExtensions.ReadyTag]);
        services.AddSingleton<DiscordAdapterOn>();
        services.AddHostedService<DiscordStartupCheck>();
        services.AddSingleton<ReplyRenderer>();
        services.AddChatPipeline();
        services.AddSingleton<ChannelPoster>();
        AddRest(services);
        AddInteractions(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReplyPoster, DiscordReplyPoster>());
        if (settings.RegisterCommands)
        {
            services.AddHostedService<SlashCommandRegistrar>();
        }

        if (settings.EnableGateway)
        {
            AddGateway(services);
        }

        return builder;
    }

    /// <summary>Maps the interactions endpoint (Discord:InteractionsPath) when the adapter is on.</summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<DiscordAdapterOn>() is null)
        {
            return endpoints;
        }

        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.InteractionsPath;
        endpoints.MapPost(path, (HttpContext http) => InteractionEndpoint.HandleAsync(
            http,
            http.RequestServices.GetRequiredService<SignatureVerifier>(),
            http.RequestServices.GetRequiredService<InteractionResponder>(),
            http.RequestServices.GetRequiredService<FollowUpQueue>(),
            http.RequestServices.GetRequiredService<IInteractionReplayGuard>(),
            http.RequestServices.GetRequiredService<ILogger<SignatureVerifier>>()));
        return endpoints;
    }

    private static void AddRest(IServiceCollection services)
    {
        // The default HttpClient logs full URLs, and interaction webhook URLs hold the interaction token.
        services.AddHttpClient(DiscordRestClient.HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton<DiscordRestTimings>();
        services.AddSingleton<RateLimits>();
        services.AddSingleton<IIdleSweep>(sp => sp.GetRequiredService<RateLimits>());
        services.AddSingleton<GlobalRequestLimiter>();
        services.AddSingleton<InvalidRequestGuard>();
        services.TryAddSingleton<IDiscordRest, DiscordRestClient>();
    }

    private static void AddInteractions(IServiceCollection services)
    {
        services.AddSingleton<SignatureVerifier>();
        services.TryAddSingleton<IInteractionReplayGuard, MemoryInteractionReplayGuard>();
        services.AddSingleton<InteractionRouting>();
        services.AddSingleton<InteractionWebhook>();
        services.AddSingleton<ChatInteractionResponder>();
        services.AddSingleton<AutocompleteResponder>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<FollowUpQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<FollowUpQueue>());
    }

    private static void AddGateway(IServiceCollection services)
    {
        services.TryAddSingleton<GatewayTimings>();
        services.AddSingleton<IdentifyGate>();
        services.AddSingleton<GatewayUrlSource>();
        services.AddSingleton<GatewayConnection>();
        services.AddSingleton<GatewayDispatcher>();
        services.TryAddSingleton<IGatewayMessageHandler, ChatMessageResponder>();
        services.AddSingleton<ShardPlanner>();
        services.AddSingleton<GatewayShardFactory>();
        services.TryAddSingleton<IDiscordGateway, ShardedGateway>();
        services.AddSingleton<IGatewayStatus>(sp => sp.GetRequiredService<IDiscordGateway>());
        services.AddHostedService<GatewayHostedService>();
    }
}

/// <summary>Registered only when the adapter is on, so <see cref="DiscordExtensions.MapDiscord"/> can tell without building anything.</summary>
internal sealed class DiscordAdapterOn;
