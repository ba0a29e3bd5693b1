using GcmBot.Core.Search;

namespace GcmBot.Core.Answers;

/// <summary>The FTS query for a parsed question: its own words, then the lexicon's document words.</summary>
internal static class SearchTerms
{
    public static FtsQuery For(ParsedQuery query)
    {
        var fts = new FtsQuery();
        foreach (var word in query.Words)
        {
            fts.AddPhrase(word);
        }

        foreach (var topic in query.Topics)
        {
            // A term is the documents' own phrase: searching it as a phrase rewards the exact wording.
            foreach (var means in topic.Means)
            {
                fts.AddPhrase(means);
            }
        }

        return fts;
    }

    /// <summary>The documents' words for an objective's topic, for quoting its cross-references.</summary>
    public static FtsQuery ForObjective(LexiconTopic? topic)
    {
        var fts = new FtsQuery();
        foreach (var term in topic?.Terms ?? [])
        {
            fts.AddPhrase(term);
        }

        return fts;
    }
}
