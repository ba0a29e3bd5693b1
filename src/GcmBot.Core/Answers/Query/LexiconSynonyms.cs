using System.Globalization;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// The lexicon's phrases as a Lucene <see cref="SynonymMap"/>, built once: a rule's input is a
/// phrase's stems as the question's analysis chain gives them, its output the phrase's number.
/// Word order is free for a phrase of up to <see cref="MaxPermuted"/> words: each order is a rule.
/// <para>
/// Lucene's <see cref="SynonymFilter"/> is not used to apply the map: it matches consecutive words
/// only and is greedy (the longest rule at the earliest word wins, nothing inside or across it is
/// matched). The lexicon lets up to <see cref="TopicLexicon.MaxGap"/> other words stand between a
/// phrase's words ("cost of sending money to family back home" is "sending money home") and finds
/// every phrase, overlapping or not; on the evaluation and gate questions and the Declaration's
/// paragraphs the filter's matches differed in 101 of 489 texts. So <see cref="Find"/> walks the
/// map's rules itself, from every word, and may skip words between two of a phrase's words; the
/// rules are read out of the map's FST once, as a tree of whole words (<see cref="WordRule"/>).
/// </para>
/// </summary>
internal sealed partial class LexiconSynonyms
{
    /// <summary>Phrases of more words than this match in their own order only.</summary>
    public const int MaxPermuted = 4;

    private readonly WordRule? _rules;

    private readonly bool _exact;

    /// <param name="exact">True for the phrases matched word for word over every word (gaps of up to
    /// MaxGap words each); false for those matched over the content words in any order (at most
    /// MaxGap other words in all).</param>
    public LexiconSynonyms(IReadOnlyList<TopicLexicon.LexiconPhrase> phrases, bool exact, Analyzer chain)
    {
        _exact = exact;

        // Only the word tree is kept: the map's FST is not walked after it has been read.
        _rules = MapOf(phrases, exact, chain) is { } map ? WordRule.Of(map) : null;
    }

    /// <summary>The phrases as a map (null without any rule); the tests walk its FST directly.</summary>
    internal static SynonymMap? MapOf(IReadOnlyList<TopicLexicon.LexiconPhrase> phrases, bool exact, Analyzer chain)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var any = false;
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Exact != exact || StemsOf(chain, phrases[i].Text) is not { Length: > 0 } stems)
            {
                continue;
            }

            var output = new CharsRef(i.ToString(CultureInfo.InvariantCulture));
            foreach (var order in exact || stems.Length > MaxPermuted ? [stems] : Orders(stems))
            {
                builder.Add(SynonymMap.Builder.Join(order, new CharsRef()), output, includeOrig: true);
                any = true;
            }
        }

        return any ? builder.Build() : null;
    }

    private static string[] StemsOf(Analyzer chain, string text) => [.. Tokens.Of(chain, text).Select(t => t.Term)];

    private static IEnumerable<string[]> Orders(string[] words)
    {
        var distinct = words.Distinct().ToArray();
        if (distinct.Length <= 1)
        {
            return [distinct];
        }

        return distinct.SelectMany((word, i) => Orders([.. distinct[..i], .. distinct[(i + 1)..]]).Select(rest => (string[])[word, .. rest]));
    }
}
