namespace GcmBot.Benchmarks.Measure;

/// <summary>Latency percentiles of one measurement, in milliseconds (nearest-rank percentiles).</summary>
internal sealed record Latencies(int Count, double P50, double P99, double Max)
{
    public static Latencies Empty { get; } = new(0, double.NaN, double.NaN, double.NaN);

    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }

        Array.Sort(sorted);
        return new Latencies(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
