namespace GcmBot.Digest;

/// <summary>
/// When a subscription's digest is due, in its own time zone. Days are local days: a digest is owed
/// once per local date, at the local time, whatever the UTC offset does in between.
/// </summary>
internal static class DigestSchedule
{
    /// <summary>
    /// The instant of <paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>. A
    /// time the clocks skip (spring forward) moves to the first minute after the gap; a time that
    /// occurs twice (fall back) means its first occurrence.
    /// </summary>
    public static DateTimeOffset Instant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateOnly LocalDate(DateTimeOffset now, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>
    /// The latest local day whose digest time has come by <paramref name="now"/>, or null when that
    /// time came before the subscription was set. After any downtime this is one day only: the
    /// days missed before it are not owed.
    /// </summary>
    public static DateOnly? DueDay(DigestSubscription subscription, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = LocalDate(now, zone);
        var day = Instant(today, subscription.LocalTime, zone) <= now ? today : today.AddDays(-1);
        return Instant(day, subscription.LocalTime, zone) >= subscription.StartsAtUtc ? day : null;
    }

    /// <summary>The next instant a digest will be due after <paramref name="now"/> (for "digest status").</summary>
    public static DateTimeOffset NextInstant(DigestSubscription subscription, TimeZoneInfo zone, DateTimeOffset now)
    {
        var day = LocalDate(now, zone);
        var instant = Instant(day, subscription.LocalTime, zone);
        while (instant <= now || instant < subscription.StartsAtUtc || day <= subscription.LastSentLocalDate)
        {
            day = day.AddDays(1);
            instant = Instant(day, subscription.LocalTime, zone);
        }

        return instant;
    }
}
