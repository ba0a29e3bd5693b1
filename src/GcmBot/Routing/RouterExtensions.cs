using GcmBot.Core.Routing;
using GcmBot.Core.Routing.Commands;
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
        services.AddSingleton<ObjectiveReplies>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, AboutCommand>();
        services.AddSingleton<ICommandHandler, ObjectiveCommand>();
        services.AddSingleton<ICommandHandler, ParagraphCommand>();
        services.AddSingleton<ICommandHandler, KenyaCommand>();
        services.AddSingleton<ICommandRouter, CommandRouter>();
        services.AddChatPipeline();
        return builder;
    }
}
