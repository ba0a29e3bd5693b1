using GcmBot.Core.Text;

namespace GcmBot.Core.Search;

internal static class TextRanges
{
    private const int SmallSort = 24;

    /// <summary>Sorts ranges and joins those that overlap or touch.</summary>
    public static List<TextRange> Merge(List<TextRange> ranges)
    {
        // By start: ranges starting at one place overlap, so they merge into the same range whatever
        // their order. Most passages have a few ranges, sorted in place without a comparer's calls.
        if (ranges.Count > SmallSort)
        {
            ranges.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        for (var i = 1; i < ranges.Count; i++)
        {
            var range = ranges[i];
            var j = i - 1;
            for (; j >= 0 && ranges[j].Start > range.Start; j--)
            {
                ranges[j + 1] = ranges[j];
            }

            ranges[j + 1] = range;
        }

        var merged = new List<TextRange>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].Start + merged[^1].Length)
            {
                var previous = merged[^1];
                merged[^1] = new TextRange(previous.Start, Math.Max(previous.Start + previous.Length, range.Start + range.Length) - previous.Start);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
