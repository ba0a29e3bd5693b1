using GcmBot.Answers;
using GcmBot.Core.Answers;
using GcmBot.Core.Routing;
using GcmBot.Core.Semantic;
using GcmBot.Teams.Package;
using Microsoft.Extensions.Options;

namespace GcmBot.Cli;

/// <summary>Runs a command-line verb instead of the web host when the first argument names one.</summary>
public static class CliDispatcher
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "objective":
                using (var host = CliHost.Build())
                {
                    return await ObjectiveCli.RunAsync(rest, host.Services.GetRequiredService<ICommandRouter>(), Console.Out, Console.Error, TerminalWidth.ForTerminal());
                }

            case "ask":
                using (var host = CliHost.Build())
                {
                    // No background start here: the model is loaded before the first question, so the gate applies.
                    if (host.Services.GetRequiredService<IOptions<AnswersOptions>>().Value.Semantic)
                    {
                        MiniLmModel.Load();
                    }

                    return await AskCommand.RunAsync(rest, host.Services.GetRequiredService<AnswerEngine>(), Console.In, Console.Out, TerminalWidth.ForTerminal());
                }

            case PassageVectorsCommand.Name:
                using (var host = CliHost.Build())
                {
                    return PassageVectorsCommand.Run(host.Services, Console.Out);
                }

            case "chat":
                using (var host = CliHost.Build())
                {
                    return await TerminalChat.RunAsync(host.Services.GetRequiredService<ICommandRouter>(), Console.In, Console.Out, TerminalWidth.ForChat());
                }

            case "healthcheck":
                return await HealthProbe.RunAsync(rest, Console.Error);

            case TeamsPackageCommand.Name:
                return await new TeamsPackageCommand().RunAsync(rest, Console.Out);

            default:
                return null;
        }
    }
}
