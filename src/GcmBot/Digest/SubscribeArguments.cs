using System.Globalization;

namespace GcmBot.Digest;

/// <summary>
/// "digest subscribe [HH:mm] [IANA time zone]", either part optional, in either order.
/// Defaults: 09:00 UTC.
/// </summary>
internal sealed record SubscribeArguments(TimeOnly Time, TimeZoneInfo Zone)
{
    public static readonly TimeOnly DefaultTime = new(9, 0);

    private const string Example = "e.g. digest subscribe 08:30 Europe/Zurich";

    /// <summary>The parsed arguments, or the friendly error to show.</summary>
    public static (SubscribeArguments? Arguments, string? Error) Parse(string text)
    {
        TimeOnly? time = null;
        TimeZoneInfo? zone = null;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (char.IsAsciiDigit(token[0]))
            {
                if (!TimeOnly.TryParseExact(token, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return (null, $"“{token}” is not a time of day I can use. Give the time as 24-hour HH:mm, {Example}.");
                }

                if (time is not null)
                {
                    return (null, $"Give one time only, {Example}.");
                }

                time = parsed;
            }
            else if (zone is not null)
            {
                return (null, $"Give one time zone only, {Example}.");
            }
            else if (!TimeZones.TryFind(token, out zone))
            {
                return (null, TimeZones.Refusal(token));
            }
        }

        return (new SubscribeArguments(time ?? DefaultTime, zone ?? TimeZoneInfo.Utc), null);
    }
}
