using GcmBot.Core.Routing;
using GcmBot.Core.Routing.Commands;
using GcmBot.Hosting;

namespace GcmBot.Routing;

public static class RouterExtensions
{
    /// <summary>
    /// The one command router and the core's commands. Other features add commands by registering
    /// more <see cref="ICommandHandler"/>s; the router picks up every one. Callers get it wrapped in
    /// <see cref="MeteredRouter"/>, so every surface's answers are counted and timed in one place.
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
        services.AddGcmBotMetrics();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ICommandRouter, MeteredRouter>();
        return builder;
    }
}
