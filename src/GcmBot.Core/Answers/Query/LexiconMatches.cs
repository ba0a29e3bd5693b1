namespace GcmBot.Core.Answers.Query;

/// <summary>Counting a question's lexicon matches without LINQ: the ranking and the search terms read them per question.</summary>
internal static class LexiconMatches
{
    /// <summary>
    /// True when <paramref name="matches"/>[<paramref name="i"/>] is a synonym, or repeats an earlier
    /// match that is not (the same objective at the same place): what Where(!IsSynonym) then
    /// DistinctBy(objective, start, length) leaves out.
    /// </summary>
    public static bool IsSkipped(IReadOnlyList<LexiconMatch> matches, int i)
    {
        var match = matches[i];
        if (match.IsSynonym)
        {
            return true;
        }

        for (var j = 0; j < i; j++)
        {
            var earlier = matches[j];
            if (!earlier.IsSynonym && earlier.Objective == match.Objective && earlier.Start == match.Start && earlier.Length == match.Length)
            {
                return true;
            }
        }

        return false;
    }
}
