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
        var (first, last, densest, most) = (-1, -1, -1, -1);
        for (var i = 0; i < sentences.Count; i++)
        {
            var count = HitsIn(sentences[i], highlights);
            if (count > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }

            // The first of the sentences with the most highlights.
            if (count > most)
            {
                (densest, most) = (i, count);
            }
        }

        if (last - first + 1 > MaxSentences)
        {
            first = last = densest;
        }

        var start = sentences[first].Start;
        var end = sentences[last].Start + sentences[last].Length;
        return Cut(passage, start, end - start, highlights);
    }

    // How many highlights start inside the sentence.
    private static int HitsIn((int Start, int Length) sentence, IReadOnlyList<TextRange> highlights)
    {
        var count = 0;
        foreach (var h in highlights)
        {
            count += h.Start >= sentence.Start && h.Start < sentence.Start + sentence.Length ? 1 : 0;
        }

        return count;
    }

    private static Quote Cut(Passage passage, int start, int length, IReadOnlyList<TextRange> highlights)
    {
        var inside = new List<TextRange>();
        foreach (var h in highlights)
        {
            if (h.Start >= start && h.Start + h.Length <= start + length)
            {
                inside.Add(new TextRange(h.Start - start, h.Length));
            }
        }

        return new Quote(passage, passage.Text.Substring(start, length), start, inside);
    }
}
