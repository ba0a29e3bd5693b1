using System.Globalization;
using GcmBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace GcmBot.Core.Answers.Query;

/// <summary>
/// The lexicon's phrases as the rules of a Lucene <see cref="SynonymMap"/>, built once: a rule's input is a
/// phrase's stems as the question's analysis chain gives them, its output the phrase's number.
/// Word order is free for a phrase of up to <see cref="MaxPermuted"/> words: each order is a rule.
/// <para>
/// Lucene's <see cref="SynonymFilter"/> is not used to apply the map: it matches consecutive words
/// only and is greedy (the longest rule at the earliest word wins, nothing inside or across it is
/// matched). The lexicon lets up to <see cref="TopicLexicon.MaxGap"/> other words stand between a
/// phrase's words ("cost of sending money to family back home" is "sending money home") and finds
/// every phrase, overlapping or not; on the evaluation and gate questions and the Declaration's
/// paragraphs the filter's matches differed in 101 of 489 texts. So <see cref="Find"/> walks the
/// rules itself, from every word, and may skip words between two of a phrase's words, over a tree of
/// whole words (<see cref="WordRule"/>).
/// </para>
/// <para>
/// The app builds that tree straight from the rules (<see cref="Rules"/>): building the map and reading its FST
/// back allocated about 9 MB at start for a tree of about 0.5 MB, and the map was never walked. The map of the
/// same rules (<see cref="MapOf"/>) is built by the tests, whose walk of its FST is the oracle the tree's walk is
/// checked against on every corpus and question text.
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
    /// <param name="words">One string for each distinct word, shared by the rules (and by both maps).</param>
    public LexiconSynonyms(IReadOnlyList<TopicLexicon.LexiconPhrase> phrases, bool exact, Analyzer chain, Dictionary<string, string> words)
    {
        _exact = exact;
        var root = new WordRule();
        foreach (var (order, phrase) in Rules(phrases, exact, chain))
        {
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = words.TryGetValue(order[i], out var known) ? known : words[order[i]] = order[i];
            }

            root.Add(order, phrase);
        }

        _rules = root.HasNext ? root : null;
    }

    /// <summary>
    /// The rules: each phrase's stems as <paramref name="chain"/> gives them, in every order for a phrase matched in
    /// any order (of up to <see cref="MaxPermuted"/> words), with the phrase's number.
    /// </summary>
    internal static IEnumerable<(string[] Words, int Phrase)> Rules(IReadOnlyList<TopicLexicon.LexiconPhrase> phrases, bool exact, Analyzer chain)
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i].Exact != exact || StemsOf(chain, phrases[i].Text) is not { Length: > 0 } stems)
            {
                continue;
            }

            foreach (var order in exact || stems.Length > MaxPermuted ? [stems] : Orders(stems))
            {
                yield return (order, i);
            }
        }
    }

    /// <summary>The rules as a Lucene map (null without any rule), phrase numbers as outputs: for the tests, which walk its FST.</summary>
    internal static SynonymMap? MapOf(IReadOnlyList<TopicLexicon.LexiconPhrase> phrases, bool exact, Analyzer chain)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var any = false;
        foreach (var (order, phrase) in Rules(phrases, exact, chain))
        {
            builder.Add(SynonymMap.Builder.Join(order, new CharsRef()), new CharsRef(phrase.ToString(CultureInfo.InvariantCulture)), includeOrig: true);
            any = true;
        }

        return any ? builder.Build() : null;
    }

    private static string[] StemsOf(Analyzer chain, string text)
    {
        var tokens = Tokens.Of(chain, text);
        var stems = new string[tokens.Count];
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] = tokens[i].Term;
        }

        return stems;
    }

    // Every order of the phrase's distinct words, by the words' places in the phrase ("a b c": abc, acb, bac, ...).
    private static List<string[]> Orders(string[] words)
    {
        var distinct = new string[words.Length];
        var count = 0;
        foreach (var word in words)
        {
            if (Array.IndexOf(distinct, word, 0, count) < 0)
            {
                distinct[count++] = word;
            }
        }

        distinct = distinct[..count];
        var orders = new List<string[]>(capacity: count switch { 1 => 1, 2 => 2, 3 => 6, _ => 24 });
        Orders(distinct, new string[distinct.Length], 0, used: 0, orders);
        return orders;
    }

    private static void Orders(string[] words, string[] order, int at, int used, List<string[]> orders)
    {
        if (at == words.Length)
        {
            orders.Add([.. order]);
            return;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if ((used & (1 << i)) == 0)
            {
                order[at] = words[i];
                Orders(words, order, at + 1, used | (1 << i), orders);
            }
        }
    }
}
