using System.Globalization;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>Builds the router's <see cref="ChatContext"/> from an interaction.</summary>
internal static class InteractionChat
{
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageGuild = 1UL << 5;

    public static ChatContext Context(Interaction interaction) =>
        new(Surface.Discord, interaction.ChannelId ?? "", interaction.UserId, CanManage(interaction));

    /// <summary>Manage Server (or Administrator) in a server; always in a DM, where the user is the only member.</summary>
    public static bool CanManage(Interaction interaction) =>
        interaction.GuildId is null
        || ulong.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (permissions & (Administrator | ManageGuild)) != 0;
}
