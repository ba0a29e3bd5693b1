using GcmBot.Teams.Connector;

namespace GcmBot.Teams.Turns;

/// <summary>
/// Who may subscribe a Teams conversation to the digest, or end it: members of the organisation. Guests
/// and anonymous meeting participants may not. Read from the activity as the Bot Framework gives it:
/// TeamsChannelAccount.userRole ("guest", "anonymous") when Teams sends it, and the Entra object id
/// (from.aadObjectId), which anonymous users do not have. The Bot Framework Emulator sends no Entra id;
/// its channel ("emulator") is only reachable locally, so its user counts as a member.
/// </summary>
internal static class TeamsRoles
{
    public static bool CanManageSubscriptions(Activity activity)
    {
        var from = activity.From;
        if (from is null)
        {
            return false;
        }

        if (string.Equals(from.UserRole, "guest", StringComparison.OrdinalIgnoreCase)
            || string.Equals(from.UserRole, "anonymous", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !string.IsNullOrWhiteSpace(from.AadObjectId) || activity.ChannelId == "emulator";
    }

    /// <summary>"digest subscribe …" or "digest unsubscribe", in any letter case: the commands that need the right.</summary>
    public static bool ChangesSubscription(string text)
    {
        var words = text.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2
            && words[0].TrimStart('/').Equals("digest", StringComparison.OrdinalIgnoreCase)
            && (words[1].Equals("subscribe", StringComparison.OrdinalIgnoreCase) || words[1].Equals("unsubscribe", StringComparison.OrdinalIgnoreCase));
    }
}
