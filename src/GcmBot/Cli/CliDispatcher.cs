using GcmBot.Core.Routing;

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
                    return await ObjectiveCli.RunAsync(rest, host.Services.GetRequiredService<ICommandRouter>(), Console.Out, Console.Error);
                }

            case "chat":
                using (var host = CliHost.Build())
                {
                    return await TerminalChat.RunAsync(host.Services.GetRequiredService<ICommandRouter>(), Console.In, Console.Out);
                }

            default:
                return null;
        }
    }
}
