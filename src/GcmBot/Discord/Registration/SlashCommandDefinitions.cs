using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Registration;

/// <summary>
/// GcmBot's slash-command definitions, registered with Discord. Each one names a chat command, its options in the
/// order declared here becoming the arguments (see <see cref="SlashCommandLine"/>).
/// </summary>
internal static class SlashCommandDefinitions
{
    public const string Objective = "objective";
    public const string Where = "where";
    public const string Digest = "digest";

    /// <summary>Optional on /objective and /ask: true shows the answer only to the user who asked.</summary>
    public const string Private = "private";

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        Command(Objective, "Quote a GCM objective, or one of its lettered actions.",
            new ApplicationCommandOption(ApplicationCommandOption.Integer, "number", "Objective number (1 to 23); type a word to search by name.",
                Required: true, MinValue: 1, MaxValue: 23, Autocomplete: true),
            new ApplicationCommandOption(ApplicationCommandOption.String, "action", "A lettered action, e.g. h for 13(h).", MaxLength: 3),
            PrivateOption()),
        Command("ask", "Ask a question; the answer quotes the GCM and related documents.",
            new ApplicationCommandOption(ApplicationCommandOption.String, "question", "Your question, e.g. What does the GCM say about remittances?",
                Required: true, MaxLength: 300),
            PrivateOption()),
        Command(Where, "Where a topic appears across the GCM, the Progress Declaration and the drafts.",
            new ApplicationCommandOption(ApplicationCommandOption.String, "topic", "A topic or an objective's short name, e.g. Remittances.",
                Required: true, MaxLength: 100, Autocomplete: true)),
        Command("dates", "Upcoming dates: International Migration Review Forum, regional reviews."),
        Command(Digest, "This channel's daily GCM digest.",
            new ApplicationCommandOption(ApplicationCommandOption.SubCommand, "subscribe", "Post a daily digest here (needs Manage Server).", Options:
            [
                new ApplicationCommandOption(ApplicationCommandOption.String, "time", "Time of day, 24-hour HH:MM, e.g. 09:00.", MaxLength: 5),
                new ApplicationCommandOption(ApplicationCommandOption.String, "timezone", "IANA time zone, e.g. Europe/Paris.", MaxLength: 64),
            ]),
            new ApplicationCommandOption(ApplicationCommandOption.SubCommand, "unsubscribe", "Stop the daily digest here (needs Manage Server)."),
            new ApplicationCommandOption(ApplicationCommandOption.SubCommand, "status", "Show this channel's digest settings.")),
        Command("help", "What GcmBot can do and how to ask."),
    ];

    public static ApplicationCommand? Find(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    private static ApplicationCommandOption PrivateOption() =>
        new(ApplicationCommandOption.Boolean, Private, "Show the answer only to you (default: false, everyone in the channel sees it).");

    private static ApplicationCommand Command(string name, string description, params ApplicationCommandOption[] options) =>
        new(name, description, options, ApplicationCommand.GuildAndBotDm, ApplicationCommand.GuildInstall);
}
