using GcmBot.Core.Routing;
using GcmBot.Core.Handlers;
using GcmBot.Pipeline;

namespace GcmBot.Routing;

public static class RouterExtensions
{
    /// <summary>
    /// The one command router and the core's commands. Other features add commands by registering
    /// more <see cref="ICommandHandler"/>s; the router picks up every one. Chat surfaces call the
    /// <see cref="ChatPipeline"/>, which limits, meters, logs and apologises in one place around the router.
    /// </summary>
    public static IHostApplicationBuilder AddCommandRouter(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCoreCommands();
        services.AddSingleton<PageTokens>();
        services.AddSingleton<ICommandRouter, CommandRouter>();
        services.AddChatPipeline();
        return builder;
    }

    /// <summary>The core's commands (help, about, objective, paragraph, Kenya) and the fixed objective replies they share.</summary>
    public static IServiceCollection AddCoreCommands(this IServiceCollection services)
    {
        services.AddSingleton<ObjectiveReplies>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<ICommandHandler, AboutCommandHandler>();
        services.AddSingleton<ICommandHandler, ObjectiveCommandHandler>();
        services.AddSingleton<ICommandHandler, ParagraphCommandHandler>();
        services.AddSingleton<ICommandHandler, KenyaCommandHandler>();
        return services;
    }
}
