using System.Globalization;

namespace GcmBot.Benchmarks.Measure;

/// <summary>
/// The runtime's own GC figures (MB), from the app's Prometheus scrape (System.Runtime meter; on when the app runs with
/// Telemetry__Prometheus=true): what the GC had committed at its last collection, the heap size that collection left
/// (all generations, fragmentation included), and how many collections it has made so far (all generations, and gen 2).
/// </summary>
internal sealed record GcMetrics(double Committed, double HeapSize, double? Collections = null, double? FullCollections = null)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"GC committed {Committed:N0} MB and heap {HeapSize:N0} MB at its last collection{(Collections is null ? "" : $", {Collections:N0} collections so far ({FullCollections ?? 0:N0} of gen 2)")}");

    /// <summary>Null when the app serves no /metrics or the runtime's GC instruments are missing from it.</summary>
    public static async Task<GcMetrics?> ReadAsync(HttpClient http, string baseUrl)
    {
        using var response = await http.GetAsync(baseUrl + "/metrics");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        var committed = Sum(lines, "dotnet_gc_last_collection_memory_committed_size_bytes");
        var heap = Sum(lines, "dotnet_gc_last_collection_heap_size_bytes");
        return committed is null || heap is null
            ? null
            : new GcMetrics(committed.Value / 1048576, heap.Value / 1048576, Sum(lines, "dotnet_gc_collections_total"), Sum(lines, "dotnet_gc_collections_total", "gen2"));
    }

    /// <summary>The sum of a metric's samples (one per label set, e.g. per generation), or of those with a label valued <paramref name="labelValue"/>.</summary>
    private static double? Sum(IEnumerable<string> lines, string name, string? labelValue = null)
    {
        double? sum = null;
        foreach (var line in lines.Where(l => l.StartsWith(name, StringComparison.Ordinal)))
        {
            if (labelValue is not null && !line.Contains($"=\"{labelValue}\"", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = line[name.Length..];
            if (rest.Length > 0 && rest[0] is not ('{' or ' '))
            {
                continue;
            }

            var value = line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0];
            sum = (sum ?? 0) + double.Parse(value, CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
