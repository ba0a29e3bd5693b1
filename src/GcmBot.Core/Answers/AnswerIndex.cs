using GcmBot.Core.Corpus;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers;

/// <summary>Builds the passage index for answers from the corpus.</summary>
public static class AnswerIndex
{
    /// <summary>
    /// Indexes every passage. An objective's passages (final text and Zero Draft) also carry the
    /// objective's short name as an index-only keyword, so "Save lives" finds objective 8's actions.
    /// </summary>
    public static PassageIndex Build(GcmCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return PassageIndex.Build(
            corpus.Passages,
            p => p.Objective is { } n && corpus.Objective(n) is { } objective ? objective.ShortName : string.Empty);
    }
}
