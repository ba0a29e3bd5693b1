using System.Globalization;

namespace GcmBot.Benchmarks.Measure;

/// <summary>What the machine was doing: cores, runtime, load average, and a process's resident memory.</summary>
internal static class Machine
{
    /// <summary>The 1-minute load average: on a shared machine it says how much of a tail is waiting for a core.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

    /// <summary>VmRSS (resident now) and VmHWM (peak resident) of a process, in MB; null where /proc is missing.</summary>
    public static (double Rss, double Peak)? Memory(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        double? rss = null;
        double? peak = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024;
            }
        }

        return rss is { } r && peak is { } p ? (r, p) : null;
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
