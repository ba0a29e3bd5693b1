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
        // Each topic's distinct matches, topics in order of their first match (as GroupBy gives them).
        var topics = new List<LexiconTopic>();
        var counts = new List<int>();
        for (var i = 0; i < matches.Count; i++)
        {
            if (LexiconMatches.IsSkipped(matches, i))
            {
                continue;
            }

            var at = topics.IndexOf(matches[i].Topic);
            if (at < 0)
            {
                topics.Add(matches[i].Topic);
                counts.Add(1);
            }
            else
            {
                counts[at]++;
            }
        }

        var best = 0;
        foreach (var count in counts)
        {
            best = Math.Max(best, count);
        }

        var dominant = new List<LexiconTopic>(topics.Count);
        for (var i = 0; i < topics.Count; i++)
        {
            if (counts[i] * 2 > best)
            {
                dominant.Add(topics[i]);
            }
        }

        return dominant;
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
