using System.Collections.Concurrent;
using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;

namespace GcmBot.Core.Answers.Query;

/// <summary>Finding the lexicon's phrases in a question.</summary>
public sealed partial class TopicLexicon
{
    /// <summary>
    /// Every phrase of the lexicon found in <paramref name="words"/>, in order of position. Little
    /// words are skipped and word order is free within a short window ("money they send" finds
    /// "money migrants send", "confiscating passports" finds "passports confiscated"); a phrase
    /// inside a longer phrase of another topic does not count ("integrated" in "integrated border
    /// management" is not about integration).
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(IReadOnlyList<Word> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var all = words.Select(w => (Word: w, Stem: StemOf(w.Text))).ToList();
        var content = all.Where(x => !Stopwords.Contains(x.Word.Text)).ToList();
        var matches = new List<LexiconMatch>();
        Collect(all, exact: true, matches);
        Collect(content, exact: false, matches);
        return [.. matches
            .Where(m => !matches.Any(o => o.Objective != m.Objective && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length))
            .DistinctBy(m => (m.Topic, m.Phrase, m.Start, m.Length))
            .OrderBy(m => m.Start)];
    }

    /// <summary>The stem lexicon phrases are compared by: spelling normalised, then Porter.</summary>
    internal static string StemOf(string foldedWord)
    {
        if (StemCache.TryGetValue(foldedWord, out var stem))
        {
            return stem;
        }

        stem = Stems.Of(Spelling.Normalize(foldedWord));

        // Bounded: questions can bring any number of new words.
        if (StemCache.Count < MaxCachedStems)
        {
            StemCache.TryAdd(foldedWord, stem);
        }

        return stem;
    }

    private const int MaxCachedStems = 50_000;
    private static readonly ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    private void Collect(List<(Word Word, string Stem)> sequence, bool exact, List<LexiconMatch> matches)
    {
        var stems = sequence.Select(x => x.Stem).ToArray();
        for (var i = 0; i < stems.Length; i++)
        {
            if (!_byFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates.Where(p => p.Exact == exact))
            {
                if ((exact ? InOrder(phrase.Stems, stems, i) : InWindow(phrase.Stems, stems, i)) is { } span)
                {
                    var (first, last) = (sequence[span.First].Word, sequence[span.Last].Word);
                    matches.Add(new LexiconMatch(phrase.Topic, phrase.Text, phrase.Means, first.Start, last.Start + last.Length - first.Start));
                }
            }
        }
    }

    // Word for word from position i, with up to MaxGap other words between two phrase words.
    private static (int First, int Last)? InOrder(string[] phrase, string[] stems, int start)
    {
        var at = start;
        for (var k = 1; k < phrase.Length; k++)
        {
            var next = Array.IndexOf(stems, phrase[k], at + 1, Math.Max(0, Math.Min(stems.Length - 1, at + 1 + MaxGap) - at));
            if (next < 0)
            {
                return null;
            }

            at = next;
        }

        return (start, at);
    }

    // Every phrase word somewhere in a window around position i (which holds one of them), any order.
    // Each phrase is indexed under each of its stems, so the match is found from its leftmost word.
    private static (int First, int Last)? InWindow(string[] phrase, string[] stems, int start)
    {
        var window = phrase.Length + MaxGap;
        var end = Math.Min(stems.Length, start + window);
        var last = start;
        foreach (var stem in phrase)
        {
            var at = Array.IndexOf(stems, stem, start, end - start);
            if (at < 0)
            {
                return null;
            }

            last = Math.Max(last, at);
        }

        return (start, last);
    }
}
