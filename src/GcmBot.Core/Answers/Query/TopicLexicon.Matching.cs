using GcmBot.Core.Search;
using GcmBot.Core.Search.Analysis;

namespace GcmBot.Core.Answers.Query;

/// <summary>Finding the lexicon's phrases in a question.</summary>
public sealed partial class TopicLexicon
{
    /// <summary>
    /// Every phrase of the lexicon found in <paramref name="text"/>, in order of position: the text's
    /// words are stemmed by the lexicon's chain and the lexicon's synonym maps applied
    /// (<see cref="LexiconSynonyms"/>), one over every word, one over the content words in any order.
    /// A phrase inside a longer phrase of another topic does not count ("integrated" in "integrated
    /// border management" is not about integration): that is a rule about two matches, which no
    /// synonym rule can state.
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Match(Words.Split(text));
    }

    /// <summary>As <see cref="Match(string)"/>, for a text already split into <see cref="Words"/>.</summary>
    internal IReadOnlyList<LexiconMatch> Match(IReadOnlyList<Word> words)
    {
        var (all, content) = TokensOf(words);
        var found = new List<(int Phrase, int Start, int Length)>();
        _exact.Find(all, found);
        _content.Find(content, found);
        if (found.Count == 0)
        {
            return [];
        }

        var kept = new List<LexiconMatch>(found.Count);
        foreach (var (phrase, start, length) in found)
        {
            if (!InsideLongerOfAnotherTopic(found, phrase, start, length) && !IsKept(kept, _phrases[phrase], start, length))
            {
                kept.Add(new LexiconMatch(_phrases[phrase].Topic, _phrases[phrase].Text, _phrases[phrase].Means, start, length));
            }
        }

        // In order of position; a stable sort, so matches at one place keep the order found.
        for (var i = 1; i < kept.Count; i++)
        {
            var match = kept[i];
            var j = i - 1;
            for (; j >= 0 && kept[j].Start > match.Start; j--)
            {
                kept[j + 1] = kept[j];
            }

            kept[j + 1] = match;
        }

        return kept;
    }

    // A longer match of another objective covers this one ("integrated" in "integrated border management").
    private bool InsideLongerOfAnotherTopic(List<(int Phrase, int Start, int Length)> found, int phrase, int start, int length)
    {
        var objective = _phrases[phrase].Topic.Objective;
        foreach (var other in found)
        {
            if (other.Length > length && other.Start <= start && other.Start + other.Length >= start + length
                && _phrases[other.Phrase].Topic.Objective != objective)
            {
                return true;
            }
        }

        return false;
    }

    // The same phrase of the same topic at the same place, found by both synonym maps, counts once.
    private static bool IsKept(List<LexiconMatch> kept, LexiconPhrase phrase, int start, int length)
    {
        foreach (var k in kept)
        {
            if (k.Start == start && k.Length == length && k.Phrase == phrase.Text && Equals(k.Topic, phrase.Topic))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words' stems by the lexicon's chain: every word, and the content words alone.</summary>
    internal static (List<Token> All, List<Token> Content) TokensOf(IReadOnlyList<Word> words)
    {
        var all = new List<Token>(words.Count);
        var content = new List<Token>(words.Count);
        foreach (var word in words)
        {
            var token = new Token(StemOf(word.Text), all.Count, word.Start, word.Start + word.Length);
            all.Add(token);
            if (!Stopwords.Contains(word.Text))
            {
                content.Add(token);
            }
        }

        return (all, content);
    }

    // A folded word's stem by the lexicon's chain: its British ending made American, then the stem the index gives it
    // (Stems.Of, whose memo is the one for every word of every question; a token stream per word costs more than the rest).
    // For a folded word that is one token this is what the chain gives it word by word, as for its phrases.
    private static string StemOf(string foldedWord) => Stems.Of(Spelling.Normalize(foldedWord));
}
