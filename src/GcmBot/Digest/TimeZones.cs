using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GcmBot.Digest;

/// <summary>Looks up a time zone by IANA id ("Europe/Zurich"), forgiving letter case.</summary>
internal static class TimeZones
{
    public static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = Find(id) ?? Find(Capitalized(id))
            ?? TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, id, StringComparison.OrdinalIgnoreCase));
        return zone is not null;
    }

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    // IANA ids capitalise each part: "america/new_york" -> "America/New_York" (aliases are not in GetSystemTimeZones).
    private static string Capitalized(string id)
    {
        var chars = id.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '/' or '_' or '-')
            {
                chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            }
        }

        return new string(chars);
    }
}
