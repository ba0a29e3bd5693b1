namespace GcmBot.Benchmarks.Measure;

/// <summary>The middle value of a few launches (the upper middle of an even count); NaN when none is known.</summary>
internal static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var known = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return known.Count == 0 ? double.NaN : known[known.Count / 2];
    }
}
