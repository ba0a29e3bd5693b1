using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GcmBot.Digest;

/// <summary>
/// Looks up a time zone by IANA name ("Europe/Zurich"), forgiving letter case. Only names on the IANA
/// list (zones and links) are taken: a folder of the zoneinfo tree ("Europe"), "localtime", "posixrules",
/// "Factory" and the posix/ and right/ copies are refused, and <see cref="Refusal"/> says what to type instead.
/// </summary>
internal static class TimeZones
{
    private static readonly string[] NotZones = ["localtime", "posixrules", "Factory", "posix", "right", "zone.tab", "zone1970.tab", "iso3166.tab", "tzdata.zi", "leapseconds", "leap-seconds.list"];

    public static bool TryFind(string id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        return CanonicalName(id) is { } name && (zone = Find(name)) is not null;
    }

    /// <summary>The reply for a name <see cref="TryFind"/> refused, with a suggestion.</summary>
    public static string Refusal(string id)
    {
        var region = id.TrimEnd('/');
        var examples = IanaZoneNames.All?.Values
            .Where(n => n.StartsWith(region + "/", StringComparison.OrdinalIgnoreCase) && n.Count(c => c == '/') == region.Count(c => c == '/') + 1)
            .Order(StringComparer.Ordinal).Take(3).ToList() ?? [];
        return examples.Count > 0
            ? $"“{id}” is a region, not a time zone. Name a place in it, e.g. {string.Join(", ", examples)}."
            : $"I don't know the time zone “{id}”. Use an IANA time zone name such as Europe/Zurich (for Geneva), Africa/Nairobi, America/New_York or UTC.";
    }

    private static string? CanonicalName(string id)
    {
        if (id.Length is 0 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')
            || id.StartsWith('/') || id.EndsWith('/') || id.Contains("//", StringComparison.Ordinal))
        {
            return null;
        }

        if (IanaZoneNames.All is { } names)
        {
            return names.TryGetValue(id, out var name) ? name : null;
        }

        // No tzdata.zi on this system: refuse what is known not to be a zone, capitalise as IANA does.
        var first = id.Split('/')[0];
        return NotZones.Any(n => n.Equals(first, StringComparison.OrdinalIgnoreCase)) ? null : Capitalized(id);
    }

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // IANA ids capitalise each part: "america/new_york" -> "America/New_York".
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
