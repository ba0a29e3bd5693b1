using System.Globalization;

namespace GcmBot.Benchmarks.Measure;

/// <summary>One mapping of /proc/PID/smaps: its address range, permissions ("rw-p"), name (empty when anonymous) and resident kB.</summary>
internal sealed record Mapping(ulong Start, ulong End, string Permissions, string Name, long RssKb)
{
    public static List<Mapping> Parse(IEnumerable<string> smaps)
    {
        var maps = new List<Mapping>();
        foreach (var line in smaps)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].IndexOf('-') is var dash and > 0 && !fields[0].EndsWith(':'))
            {
                maps.Add(new Mapping(
                    ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    fields[1], fields.Length == 6 ? fields[5].Trim() : "", 0));
            }
            else if (fields.Length >= 2 && fields[0] == "Rss:" && maps.Count > 0)
            {
                maps[^1] = maps[^1] with { RssKb = long.Parse(fields[1], CultureInfo.InvariantCulture) };
            }
        }

        return maps;
    }
}
