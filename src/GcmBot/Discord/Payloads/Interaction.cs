using System.Text.Json;

namespace GcmBot.Discord.Payloads;

/// <summary>The parts of an incoming interaction the adapter reads; Discord sends many more fields.</summary>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    DiscordUser? User = null,
    ReceivedMessage? Message = null)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    /// <summary>In a guild the user is in <see cref="Member"/>; in a DM in <see cref="User"/>.</summary>
    public string UserId => Member?.User?.Id ?? User?.Id ?? "";
}

internal sealed record InteractionData(
    string? Name = null,
    IReadOnlyList<CommandOptionValue>? Options = null,
    string? CustomId = null,
    int? ComponentType = null);

/// <summary>A filled-in option; sub-commands nest their own options.</summary>
internal sealed record CommandOptionValue(
    string Name,
    int Type,
    JsonElement? Value = null,
    IReadOnlyList<CommandOptionValue>? Options = null,
    bool? Focused = null);

/// <summary><see cref="Permissions"/> is the member's computed permission bitset in the channel, as a decimal string.</summary>
internal sealed record GuildMember(DiscordUser? User = null, string? Permissions = null);

internal sealed record DiscordUser(string Id, string? Username = null, bool? Bot = null);

/// <summary>A message as Discord sends it (the gateway's MESSAGE_CREATE, or the message a clicked button is on).</summary>
internal sealed record ReceivedMessage(
    string Id,
    string? ChannelId = null,
    string? GuildId = null,
    string? Content = null,
    DiscordUser? Author = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    IReadOnlyList<DiscordEmbed>? Embeds = null,
    string? WebhookId = null,
    GuildMember? Member = null);
