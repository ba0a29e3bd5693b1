namespace GcmBot.Digest;

/// <summary>
/// The subscriptions table's columns, in the order every provider's reader takes them by position
/// (id, surface, conversation, local time, zone, start, paused, reason, last local date sent).
/// </summary>
internal static class SubscriptionColumns
{
    public const string List =
        "id, surface, conversation_id, local_time, time_zone, starts_at, paused, paused_reason, last_sent_local_date";
}
