using System.Runtime.CompilerServices;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Text;

namespace GcmBot.Core.Answers.Composing;

/// <summary>Cuts quotations out of passages: whole, or the sentences where the matched terms stand.</summary>
internal static class Quoter
{
    /// <summary>More sentences than this and only the densest one is quoted.</summary>
    private const int MaxSentences = 3;

    // A passage's sentences never change: split once per passage, kept while the corpus lives.
    private static readonly ConditionalWeakTable<Passage, IReadOnlyList<(int Start, int Length)>> SentencesOf = new();

    public static Quote Whole(Passage passage, IReadOnlyList<TextRange> highlights) =>
        new(passage, passage.Text, 0, highlights);

    /// <summary>
    /// The run of sentences from the first to the last highlighted one (at most three); else the
    /// single sentence with the most highlights. Null when nothing in the text is highlighted.
    /// </summary>
    public static Quote? Sentences(Passage passage, IReadOnlyList<TextRange> highlights)
    {
        if (highlights.Count == 0)
        {
            return null;
        }

        var sentences = SentencesOf.GetValue(passage, static p => GcmBot.Core.Text.Sentences.Split(p.Text));
        var hitCounts = sentences.Select(s => highlights.Count(h => h.Start >= s.Start && h.Start < s.Start + s.Length)).ToList();
        var first = hitCounts.FindIndex(c => c > 0);
        var last = hitCounts.FindLastIndex(c => c > 0);
        if (last - first + 1 > MaxSentences)
        {
            first = last = hitCounts.IndexOf(hitCounts.Max());
        }

        var start = sentences[first].Start;
        var end = sentences[last].Start + sentences[last].Length;
        return Cut(passage, start, end - start, highlights);
    }

    private static Quote Cut(Passage passage, int start, int length, IReadOnlyList<TextRange> highlights)
    {
        var inside = highlights
            .Where(h => h.Start >= start && h.Start + h.Length <= start + length)
            .Select(h => new TextRange(h.Start - start, h.Length))
            .ToList();
        return new Quote(passage, passage.Text.Substring(start, length), start, inside);
    }
}
