using GcmBot.Core.Text;

namespace GcmBot.Core.Search;

internal static class TextRanges
{
    /// <summary>Sorts ranges and joins those that overlap or touch.</summary>
    public static List<TextRange> Merge(List<TextRange> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
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
