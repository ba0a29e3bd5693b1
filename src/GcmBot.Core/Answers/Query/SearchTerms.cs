using GcmBot.Core.Search;

namespace GcmBot.Core.Answers.Query;

/// <summary>The FTS query for a parsed question: its own words, then the lexicon's document words.</summary>
internal static class SearchTerms
{
    // The lexicon's words say what the question is about; the question's other words only narrow it.
    private const double WordWeight = 1.0;
    private const double TopicWeight = 2.0;
    private const double CoreWeight = 1.5;

    public static SearchQuery For(ParsedQuery query, PassageIndex index)
    {
        var fts = new SearchQuery();
        foreach (var word in query.Words)
        {
            fts.AddPhrase(word, WordWeight);

            // "recognising" finds nothing where the documents write "recognizing".
            if (index.DocumentFrequency(word) == 0)
            {
                foreach (var variant in Spelling.Variants(word).Where(v => index.DocumentFrequency(v) > 0))
                {
                    fts.AddPhrase(variant, WordWeight);
                }
            }
        }

        foreach (var topic in query.Topics)
        {
            // A term is the documents' own phrase: searching it as a phrase rewards the exact wording.
            foreach (var means in topic.Means)
            {
                fts.AddPhrase(means, TopicWeight);
            }
        }

        foreach (var topic in Dominant(query.Topics))
        {
            foreach (var core in topic.Core)
            {
                fts.AddPhrase(core, CoreWeight);
            }
        }

        return fts;
    }

    /// <summary>
    /// The topics the question is mostly about: those with more than half as many distinct phrase
    /// matches as the best. A stray word of another topic does not pull in that topic's vocabulary.
    /// </summary>
    public static IReadOnlyList<LexiconTopic> Dominant(IReadOnlyList<LexiconMatch> matches)
    {
        var counts = matches
            .Where(m => !m.IsSynonym)
            .DistinctBy(m => (m.Objective, m.Start, m.Length))
            .GroupBy(m => m.Topic)
            .Select(g => (Topic: g.Key, Count: g.Count()))
            .ToList();
        var best = counts.Count == 0 ? 0 : counts.Max(c => c.Count);
        return [.. counts.Where(c => c.Count * 2 > best).Select(c => c.Topic)];
    }

    /// <summary>The documents' words for an objective's topic, for quoting its cross-references.</summary>
    public static SearchQuery ForObjective(LexiconTopic? topic)
    {
        var fts = new SearchQuery();
        foreach (var term in topic?.Terms ?? [])
        {
            fts.AddPhrase(term);
        }

        return fts;
    }
}
