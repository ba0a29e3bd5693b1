namespace GcmBot.Core.Answers.Query;

/// <summary>Finding the lexicon's phrases in a question.</summary>
public sealed partial class TopicLexicon
{
    /// <summary>
    /// Every phrase of the lexicon found in <paramref name="text"/>, in order of position: the
    /// question's analysis chain ends in the lexicon's synonym filters (<see cref="LexiconSynonyms"/>),
    /// one over every word, one over the content words in any order. A phrase inside a longer phrase
    /// of another topic does not count ("integrated" in "integrated border management" is not about
    /// integration): that is a rule about two matches, which no synonym rule can state.
    /// </summary>
    public IReadOnlyList<LexiconMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int Phrase, int Start, int Length)>();
        _exact.Find(text, found);
        _content.Find(text, found);
        var matches = found.Select(f => new LexiconMatch(_phrases[f.Phrase].Topic, _phrases[f.Phrase].Text, _phrases[f.Phrase].Means, f.Start, f.Length)).ToList();
        return [.. matches
            .Where(m => !matches.Any(o => o.Objective != m.Objective && o.Length > m.Length && o.Start <= m.Start && o.Start + o.Length >= m.Start + m.Length))
            .DistinctBy(m => (m.Topic, m.Phrase, m.Start, m.Length))
            .OrderBy(m => m.Start)];
    }
}
