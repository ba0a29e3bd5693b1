using System.CommandLine;
using GcmBot.Answers;
using GcmBot.Core.Answers;
using GcmBot.Core.Routing;
using GcmBot.Core.Semantic;
using GcmBot.Teams.Package;
using Microsoft.Extensions.Options;

namespace GcmBot.Cli;

/// <summary>
/// Runs a command-line verb instead of the web host when the first argument names one. The verbs are
/// System.CommandLine commands, so "--help" works on each (and on none: "GcmBot --help" is the web host's).
/// </summary>
public static class CliDispatcher
{
    public static Task<int?> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        // No arguments: the web host, as deployed. Decided here, in a method that mentions no System.CommandLine type,
        // so that the library is not loaded (nor its types and code) into a bot that never parses a command line.
        return args.Length == 0 ? Task.FromResult<int?>(null) : RunVerbAsync(args);
    }

    private static async Task<int?> RunVerbAsync(string[] args)
    {
        var root = Verbs();
        if (!root.Subcommands.Any(verb => verb.Name == args[0]))
        {
            return null;
        }

        var parsed = root.Parse(args);
        if (parsed.CommandResult.Command.Name == TeamsPackageVerb.Name && parsed.Errors.Count > 0)
        {
            return await TeamsPackageVerb.ExplainAsync(parsed, Console.Out);
        }

        return await parsed.InvokeAsync();
    }

    internal static RootCommand Verbs()
    {
        var root = new RootCommand("GcmBot: quotes the Global Compact for Migration. Without a verb it runs the bot (the web host).");

        var objective = Words("objective", "Prints an objective, or one of its actions, exactly: objective 13, objective 13h.", "N [letter]");
        objective.SetAction(async (parsed, _) =>
        {
            using var host = CliHost.Build();
            return await ObjectiveCli.RunAsync(WordsOf(parsed), host.Services.GetRequiredService<ICommandRouter>(), Console.Out, Console.Error, TerminalWidth.ForTerminal());
        });

        var ask = AskVerb.Definition();
        ask.SetAction(async (parsed, _) =>
        {
            using var host = CliHost.Build();

            // No background start here: the model is loaded before the first question, so the gate applies.
            if (host.Services.GetRequiredService<IOptions<AnswersOptions>>().Value.Semantic)
            {
                MiniLmModel.Load();
            }

            return await AskVerb.RunAsync(parsed, host.Services.GetRequiredService<AnswerEngine>(), Console.In, Console.Out, TerminalWidth.ForTerminal());
        });

        var vectors = new Command(PassageVectorsVerb.Name, "Encodes every passage into corpus/passage-vectors.bin and the decline gate's anchors into corpus/gate-anchor-vectors.bin, and prints the SHA-256s for the manifest.") { TreatUnmatchedTokensAsErrors = false };
        vectors.SetAction(_ =>
        {
            using var host = CliHost.Build();
            return PassageVectorsVerb.Run(host.Services, Console.Out);
        });

        var chat = new Command("chat", "The bot in this terminal: type a command or a question; exit or Ctrl-D ends it.") { TreatUnmatchedTokensAsErrors = false };
        chat.SetAction(async (_, _) =>
        {
            using var host = CliHost.Build();
            return await TerminalChat.RunAsync(host.Services.GetRequiredService<ICommandRouter>(), Console.In, Console.Out, TerminalWidth.ForChat());
        });

        var healthcheck = Words("healthcheck", "Exits 0 when the URL answers 2xx within 3 seconds (the Docker HEALTHCHECK).", "URL");
        healthcheck.SetAction(async (parsed, _) => await HealthProbe.RunAsync(WordsOf(parsed), Console.Error));

        var teamsPackage = TeamsPackageVerb.Definition();
        teamsPackage.SetAction(async (parsed, _) => await new TeamsPackageVerb().RunAsync(parsed, Console.Out));

        foreach (var verb in (Command[])[objective, ask, vectors, chat, healthcheck, teamsPackage])
        {
            root.Subcommands.Add(verb);
        }

        return root;
    }

    // A verb whose words are passed on as they are, options-looking ones included (the verb explains bad input itself).
    private static Command Words(string name, string description, string argument)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(new Argument<string[]>(argument) { Arity = ArgumentArity.ZeroOrMore });
        return command;
    }

    private static string[] WordsOf(ParseResult parsed) =>
        [.. parsed.GetValue<string[]>(parsed.CommandResult.Command.Arguments[0].Name) ?? [], .. parsed.UnmatchedTokens];
}
