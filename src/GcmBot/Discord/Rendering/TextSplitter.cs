namespace GcmBot.Discord.Rendering;

/// <summary>
/// Cuts a <see cref="MarkdownText"/> into rendered pieces of at most a given length. Cuts fall between
/// words and are marked "…" at the end of one piece and the start of the next; only a word longer than
/// a whole piece is cut inside, and then the marker touches the word ("word…" / "…rest").
/// </summary>
internal static class TextSplitter
{
    public const string Marker = "…";

    /// <param name="firstLead">Text placed before the first piece (e.g. an action's letter "**(h)** ").</param>
    public static IReadOnlyList<string> Split(MarkdownText text, int budget, string firstLead = "")
    {
        var pieces = new List<string>();
        var start = text.Start;
        var lead = firstLead;
        while (true)
        {
            var whole = text.Render(start, text.End, lead, "");
            if (whole.Length <= budget)
            {
                pieces.Add(whole);
                return pieces;
            }

            var best = LongestFit(text, start, lead, budget);
            var cut = WordBoundary(text.Text, start, best);
            if (cut > start)
            {
                pieces.Add(text.Render(start, cut, lead, " " + Marker));
                start = cut;
                while (start < text.End && char.IsWhiteSpace(text.Text[start]))
                {
                    start++;
                }

                lead = Marker + " ";
            }
            else
            {
                if (char.IsHighSurrogate(text.Text[best - 1]) && best - 1 > start)
                {
                    best--;
                }

                pieces.Add(text.Render(start, best, lead, Marker));
                start = best;
                lead = Marker;
            }
        }
    }

    /// <summary>The largest end whose piece, with a trailing marker, fits the budget (binary search: length grows with end).</summary>
    private static int LongestFit(MarkdownText text, int start, string lead, int budget)
    {
        int lo = start + 1, hi = text.End - 1, best = start;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (text.Render(start, mid, lead, " " + Marker).Length <= budget)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best > start
            ? best
            : throw new InvalidOperationException($"A piece budget of {budget} cannot hold even one character.");
    }

    /// <summary>The start of the last whitespace run inside (start, best]; start when the range holds one word.</summary>
    private static int WordBoundary(string text, int start, int best)
    {
        for (var i = Math.Min(best, text.Length - 1); i > start; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                while (i - 1 > start && char.IsWhiteSpace(text[i - 1]))
                {
                    i--;
                }

                return i;
            }
        }

        return start;
    }
}
