namespace GcmBot.Discord.Rest;

/// <summary>
/// One REST call: <see cref="Template"/> names the route for rate-limit buckets and logs (never the token),
/// <see cref="MajorParameter"/> is the top-level resource Discord limits separately (channel, guild, webhook).
/// Interaction webhooks need no bot token and are exempt from the global limit.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string MajorParameter, string Path, bool UsesBotToken = true)
{
    public string Key => $"{Method} {Template}";

    public static RestRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", channelId, $"channels/{channelId}/messages");

    public static RestRoute CreateFollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{token}", $"{applicationId}/{token}", $"webhooks/{applicationId}/{token}", UsesBotToken: false);

    public static RestRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application_id}/{token}/messages/@original", $"{applicationId}/{token}",
            $"webhooks/{applicationId}/{token}/messages/@original", UsesBotToken: false);

    public static RestRoute OverwriteCommands(string applicationId, string? guildId) => guildId is null
        ? new(HttpMethod.Put, "/applications/{application_id}/commands", applicationId, $"applications/{applicationId}/commands")
        : new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", guildId,
            $"applications/{applicationId}/guilds/{guildId}/commands");

    public static RestRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "", "gateway/bot");
}
