using GcmBot.Core.Replies;

namespace GcmBot.Core.Search;

/// <summary>Turns FTS5 highlight() output (text with marker characters) into ranges over the exact text.</summary>
internal static class HighlightMarks
{
    public static IReadOnlyList<TextRange> ToRanges(string marked, string original)
    {
        var ranges = new List<TextRange>();
        var position = 0;
        var open = -1;
        foreach (var c in marked)
        {
            if (c == IndexSession.MarkOpen)
            {
                open = position;
            }
            else if (c == IndexSession.MarkClose)
            {
                if (open >= 0 && position > open)
                {
                    ranges.Add(new TextRange(open, position - open));
                }

                open = -1;
            }
            else
            {
                // The marks must be the only difference: otherwise ranges would point at the wrong text.
                if (position >= original.Length || original[position] != c)
                {
                    return [];
                }

                position++;
            }
        }

        return position == original.Length ? ranges : [];
    }
}
