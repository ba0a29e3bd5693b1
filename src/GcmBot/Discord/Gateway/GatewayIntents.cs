namespace GcmBot.Discord.Gateway;

/// <summary>Gateway intent bits (developers/events/gateway.mdx).</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: needed only to read messages that do not mention the bot.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>Mentions and DMs carry their text without the privileged intent, so 4609 is enough by default.</summary>
    public static int For(DiscordOptions options) =>
        Guilds | GuildMessages | DirectMessages | (options.MessageContentIntent ? MessageContent : 0);
}
