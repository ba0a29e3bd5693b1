namespace GcmBot.Discord.Payloads;

/// <summary>A slash command (type CHAT_INPUT) as registered with Discord.</summary>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption> Options,
    IReadOnlyList<int> Contexts,
    IReadOnlyList<int> IntegrationTypes)
{
    public int Type => 1;

    /// <summary>Usable in servers (0) and in the bot's DMs (1).</summary>
    public static readonly IReadOnlyList<int> GuildAndBotDm = [0, 1];

    /// <summary>Installed to servers (not to user accounts).</summary>
    public static readonly IReadOnlyList<int> GuildInstall = [0];
}

/// <summary>An option, or a sub-command holding options of its own.</summary>
internal sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    int? MinValue = null,
    int? MaxValue = null,
    int? MaxLength = null,
    bool? Autocomplete = null,
    IReadOnlyList<ApplicationCommandOption>? Options = null)
{
    public const int SubCommand = 1;
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
}
