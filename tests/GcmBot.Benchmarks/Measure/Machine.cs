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

    /// <summary>
    /// A process's resident memory in MB from /proc/PID/status: VmRSS (now), VmHWM (peak), and what
    /// VmRSS is made of, RssAnon (heaps, stacks) and RssFile (mapped assemblies and native libraries), and the
    /// finer split of /proc/PID/smaps (<see cref="MemoryKinds"/>).
    /// Null where /proc is missing.
    /// </summary>
    public static ResidentMemory? Memory(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        var values = File.ReadLines(path)
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2 && pair[1].TrimEnd().EndsWith(" kB", StringComparison.Ordinal))
            .ToDictionary(pair => pair[0], pair => Kilobytes(pair[1]) / 1024, StringComparer.Ordinal);
        double Value(string name) => values.TryGetValue(name, out var v) ? v : double.NaN;
        return new ResidentMemory(Value("VmRSS"), Value("VmHWM"), Value("RssAnon"), Value("RssFile"), MemoryKinds.Read(pid));
    }

    /// <summary>VmRSS in MB from /proc/PID/status alone; null where it cannot be read (the process has gone).</summary>
    public static double? Rss(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").FirstOrDefault(line => line.StartsWith("VmRSS:", StringComparison.Ordinal)) is { } line
                ? Kilobytes(line["VmRSS:".Length..]) / 1024
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double Kilobytes(string value) =>
        double.Parse(value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
}

/// <summary>Resident memory in MB: now, peak, anonymous (heaps, stacks), file-backed (code and libraries), and by kind.</summary>
internal sealed record ResidentMemory(double Rss, double Peak, double Anonymous, double Files, MemoryKinds? Kinds = null, GcMetrics? Gc = null)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"VmRSS {Rss:N1} MB (peak {Peak:N1}; anonymous {Anonymous:N1}, file {Files:N1}): {Kinds}{(Gc is null ? "" : "; " + Gc)}");
}
