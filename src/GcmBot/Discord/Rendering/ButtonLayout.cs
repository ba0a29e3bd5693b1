using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Rendering;

/// <summary>
/// Reply actions as buttons whose custom_id is "gcm:" + the router command, so a click can be routed
/// again after a restart with no server state. An action whose id would exceed 100 characters has no button.
/// </summary>
internal static class ButtonLayout
{
    public const string CustomIdPrefix = "gcm:";

    public static IReadOnlyList<ActionRow> Rows(IReadOnlyList<ReplyAction> actions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var buttons = new List<DiscordButton>();
        foreach (var action in actions)
        {
            var customId = CustomIdPrefix + action.Command.Trim();
            if (action.Command.Trim().Length == 0 || customId.Length > DiscordLimits.CustomIdMax || !seen.Add(customId))
            {
                continue;
            }

            var label = TextFit.Plain(action.Label, DiscordLimits.ButtonLabelMax);
            buttons.Add(new DiscordButton(label.Length > 0 ? label : TextFit.Plain(action.Command, DiscordLimits.ButtonLabelMax), customId));
        }

        return buttons
            .Take(DiscordLimits.ActionRowsMax * DiscordLimits.ButtonsPerRow)
            .Chunk(DiscordLimits.ButtonsPerRow)
            .Select(row => new ActionRow(row))
            .ToList();
    }

    /// <summary>The router command a button carries, or null when the id is not one of ours.</summary>
    public static string? ChatTextOf(string? customId) =>
        customId is not null && customId.StartsWith(CustomIdPrefix, StringComparison.Ordinal) && customId.Length > CustomIdPrefix.Length
            ? customId[CustomIdPrefix.Length..]
            : null;
}
