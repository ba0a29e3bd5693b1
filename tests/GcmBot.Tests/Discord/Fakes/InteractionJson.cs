using System.Text.Json;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>Interaction JSON shaped like Discord's, for the endpoint tests.</summary>
internal static class InteractionJson
{
    public const string ChannelId = "200000000000000002";
    public const string GuildId = "300000000000000003";
    public const string UserId = "400000000000000004";
    public const string ManageGuild = "32";
    public const string SendMessagesOnly = "2048";

    private static long lastId = 500_000_000_000_000_000;

    /// <summary>A fresh snowflake-shaped id: Discord never reuses one, and the app refuses a repeat as a replay.</summary>
    public static string NextId() => Interlocked.Increment(ref lastId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Ping() => Json(new { id = NextId(), application_id = DiscordTestHost.ApplicationId, type = 1, token = "t", version = 1 });

    /// <summary>A slash command in a guild by a member with <paramref name="permissions"/>.</summary>
    public static string Command(string name, object[]? options = null, string permissions = SendMessagesOnly, string token = "itoken") =>
        Json(new
        {
            id = NextId(),
            application_id = DiscordTestHost.ApplicationId,
            type = 2,
            token,
            guild_id = GuildId,
            channel_id = ChannelId,
            member = new { user = new { id = UserId, username = "delegate" }, permissions },
            data = new { id = "9", name, type = 1, options = options ?? [] },
        });

    /// <summary>A slash command in the bot's DMs (no guild, no member: the user is in "user").</summary>
    public static string DmCommand(string name, object[]? options = null) =>
        Json(new
        {
            id = NextId(),
            application_id = DiscordTestHost.ApplicationId,
            type = 2,
            token = "dmtoken",
            channel_id = ChannelId,
            user = new { id = UserId, username = "delegate" },
            data = new { id = "9", name, type = 1, options = options ?? [] },
        });

    public static string Autocomplete(string name, object[] options) =>
        Json(new
        {
            id = NextId(),
            application_id = DiscordTestHost.ApplicationId,
            type = 4,
            token = "atoken",
            guild_id = GuildId,
            channel_id = ChannelId,
            member = new { user = new { id = UserId }, permissions = SendMessagesOnly },
            data = new { id = "9", name, type = 1, options },
        });

    /// <summary>A button click on a message whose first embed has <paramref name="messageTitle"/>.</summary>
    public static string Button(string customId, string messageTitle, string token = "btoken") =>
        Json(new
        {
            id = NextId(),
            application_id = DiscordTestHost.ApplicationId,
            type = 3,
            token,
            guild_id = GuildId,
            channel_id = ChannelId,
            member = new { user = new { id = UserId }, permissions = SendMessagesOnly },
            message = new { id = "600000000000000006", channel_id = ChannelId, embeds = new[] { new { title = messageTitle } } },
            data = new { custom_id = customId, component_type = 2 },
        });

    public static object Option(string name, object value, bool focused = false) =>
        focused ? new { name, type = TypeOf(value), value, focused } : new { name, type = TypeOf(value), value };

    // Discord's option types: 3 string, 4 integer, 5 boolean.
    private static int TypeOf(object value) => value switch { int => 4, bool => 5, _ => 3 };

    public static object SubCommand(string name, params object[] options) => new { name, type = 1, options };

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
