using System.Collections.Frozen;

namespace GcmBot.Digest;

/// <summary>
/// The IANA time zone names (zones and their links) as the system's tz database lists them in
/// tzdata.zi ("Z name ..." and "L target name" lines). Files in the zoneinfo folder that are not zones
/// (localtime, posixrules, Factory's placeholder, the posix/ and right/ copies, folders) are not in it.
/// Null when the system has no tzdata.zi; <see cref="TimeZones"/> then falls back to a name check.
/// </summary>
internal static class IanaZoneNames
{
    private static readonly Lazy<FrozenDictionary<string, string>?> Names = new(Load);

    /// <summary>Names by themselves, any letter case, to their exact spelling.</summary>
    public static FrozenDictionary<string, string>? All => Names.Value;

    public static FrozenDictionary<string, string>? Parse(IEnumerable<string> lines)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = fields switch
            {
                ["Z", var zone, ..] => zone,
                ["L", _, var link, ..] => link,
                _ => null,
            };
            if (name is not null && name != "Factory")
            {
                names.TryAdd(name, name);
            }
        }

        return names.Count == 0 ? null : names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, string>? Load()
    {
        var folder = Environment.GetEnvironmentVariable("TZDIR") is { Length: > 0 } tzdir ? tzdir : "/usr/share/zoneinfo";
        var path = Path.Combine(folder, "tzdata.zi");
        try
        {
            return File.Exists(path) ? Parse(File.ReadLines(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
