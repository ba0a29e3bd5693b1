using System.Globalization;
using GcmBot.Core.Digest;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Routing;

namespace GcmBot.Digest;

/// <summary>The digest commands' own replies (confirmations, status, errors): our words only.</summary>
internal static class DigestReplies
{
    public const string Usage =
        "digest subscribe [HH:mm] [time zone] — post the review-forum digest here every day (default 09:00 UTC)\n" +
        "digest unsubscribe — stop it\n" +
        "digest status — this channel's subscription\n" +
        "digest preview — tomorrow's digest\n" +
        "dates — today's digest, on demand";

    private static readonly ReplyAction StatusAction = new("Digest status", "digest status");
    private static readonly ReplyAction PreviewAction = new("Preview tomorrow's digest", "digest preview");

    public static Reply Help() =>
        Reply.Simple(ReplyKind.Help, "Daily digest of review forum dates", Usage, new ReplyAction("Today's dates", "dates"));

    public static Reply UnknownSubcommand(string verb) =>
        Reply.Simple(ReplyKind.Error, "Unknown digest command", $"I don't know “digest {verb}”. Try:\n{Usage}");

    public static Reply Error(string text) => Reply.Simple(ReplyKind.Error, "Digest not changed", text);

    public static Reply StorageUnavailable() => Error(
        "The digest's database cannot be written right now, so nothing was changed; subscriptions already made are kept. Please try again in a few minutes.");

    public static Reply NeedsPermission() => Error(
        "Only members who may manage this server or team can change its daily digest (on Discord: the Manage Server permission; " +
        "on Teams: members of the organisation, not guests or anonymous participants).");

    // The terminal chat routes under CliRouting.Context; any other local conversation is the web chat.
    public static Reply NoProactivePosts(ChatContext context) => Error(
        context.Surface == Surface.Local
            ? $"The {(context.ConversationId == CliRouting.Context.ConversationId ? "terminal chat" : "local web chat")} only answers what you type; it cannot post on its own, so it cannot receive a daily digest. Type dates here whenever you like, or subscribe from a Discord channel or a Teams conversation."
            : $"This bot cannot post to {context.Surface} on its own right now, so the digest cannot be subscribed here. Type dates for today's digest.");

    public static Reply Subscribed(DigestSubscription subscription, DateTimeOffset first, TimeZoneInfo zone) =>
        Reply.Simple(
            ReplyKind.Confirmation,
            "Daily digest subscribed",
            $"This conversation will get the review-forum digest every day at {Time(subscription.LocalTime)} ({zone.Id}). " +
            $"First digest: {When(first, zone)}.",
            PreviewAction,
            StatusAction);

    public static Reply Unsubscribed(bool existed) => existed
        ? Reply.Simple(ReplyKind.Confirmation, "Daily digest stopped", "This conversation will get no more daily digests.")
        : Reply.Simple(ReplyKind.NotFound, "No daily digest here", "This conversation has no digest subscription.");

    public static Reply NotSubscribed() => Reply.Simple(
        ReplyKind.NotFound,
        "No daily digest here",
        "This conversation has no digest subscription. Subscribe with digest subscribe [HH:mm] [time zone], e.g. digest subscribe 08:30 Europe/Zurich.",
        new ReplyAction("Today's dates", "dates"));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Monday 23 November 2026, 09:00".</summary>
    public static string When(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{local.ToString("dddd", CultureInfo.InvariantCulture)} {MilestoneWording.Date(DateOnly.FromDateTime(local.DateTime))}, {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }
}
