using System.Diagnostics.CodeAnalysis;

namespace GcmBot.Digest;

/// <summary>Looks up a time zone by IANA id ("Europe/Geneva"), forgiving letter case.</summary>
internal static class TimeZones
{
    public static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.GetSystemTimeZones()
                .FirstOrDefault(z => string.Equals(z.Id, id, StringComparison.OrdinalIgnoreCase));
            return zone is not null;
        }
    }
}
