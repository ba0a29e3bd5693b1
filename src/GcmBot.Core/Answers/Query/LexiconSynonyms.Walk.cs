using GcmBot.Core.Search.Analysis;

namespace GcmBot.Core.Answers.Query;

/// <summary>Applying the map to a text: a walk of its rules, word by word, that may skip words.</summary>
internal sealed partial class LexiconSynonyms
{
    /// <summary>
    /// Every phrase found in a text's <paramref name="tokens"/> (their stems, as this map's chain gives
    /// them), with its span (first to last word) in the text.
    /// </summary>
    public void Find(List<Token> tokens, List<(int Phrase, int Start, int Length)> found)
    {
        if (_rules is null || !tokens.Exists(t => _rules.TryNext(t.Term, out _)))
        {
            return;
        }

        // The nearest last word of each phrase found from each first word.
        var ends = new Dictionary<(int Phrase, int First), int>();
        for (var first = 0; first < tokens.Count; first++)
        {
            if (_rules.TryNext(tokens[first].Term, out var rule))
            {
                From(tokens, first, first, rule, gaps: 0, ends);
            }
        }

        // By first word, then in the lexicon's order.
        var sorted = ends.Select(e => (e.Key.First, e.Key.Phrase, Last: e.Value)).ToList();
        sorted.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Phrase.CompareTo(b.Phrase));
        foreach (var (first, phrase, last) in sorted)
        {
            found.Add((phrase, tokens[first].Start, tokens[last].End - tokens[first].Start));
        }
    }

    // `rule` stands after word `at`: its phrases end there, and its next words may follow, with up to
    // MaxGap other words before each (for the content phrases, MaxGap other words in all).
    private void From(List<Token> tokens, int first, int at, WordRule rule, int gaps, Dictionary<(int Phrase, int First), int> ends)
    {
        foreach (var phrase in rule.Phrases)
        {
            var key = (phrase, first);
            ends[key] = ends.TryGetValue(key, out var known) ? Math.Min(known, at) : at;
        }

        if (!rule.HasNext)
        {
            return;
        }

        for (var next = at + 1; next < tokens.Count; next++)
        {
            var skipped = next - at - 1;
            if (skipped > TopicLexicon.MaxGap || (!_exact && gaps + skipped > TopicLexicon.MaxGap))
            {
                break;
            }

            if (rule.TryNext(tokens[next].Term, out var then))
            {
                From(tokens, first, next, then, gaps + skipped, ends);
            }
        }
    }
}
