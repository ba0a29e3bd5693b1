using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;

namespace GcmBot.Core.Answers.Ranking;

/// <summary>
/// The objectives to offer when nothing answers a question: the best-ranked ones if anything
/// matched at all, else those whose lexicon words are one or two typos away from the question's.
/// </summary>
internal static class Closest
{
    private const int Count = 3;

    public static IReadOnlyList<int> Objectives(AnswerResources resources, ParsedQuery query, IReadOnlyList<int> ranked)
    {
        if (ranked.Count > 0)
        {
            return [.. ranked.Take(Count)];
        }

        var unknown = query.Words.Where(w => w.Length >= 4 && resources.Index.DocumentFrequency(w) == 0).ToList();
        if (unknown.Count == 0)
        {
            return [];
        }

        return [.. resources.Lexicon.Topics
            .Select(t => (t.Objective, Distance: unknown.Min(w => Vocabulary(t).Min(v => Distance(w, v)))))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Objective)
            .Select(x => x.Objective)
            .Take(Count)];
    }

    private static IEnumerable<string> Vocabulary(LexiconTopic topic) =>
        topic.Terms.Append(topic.ShortName).SelectMany(t => Words.Split(t)).Select(w => w.Text).Where(w => w.Length >= 4);

    // Edit distance, with a typo allowance that grows with the word: 1 up to six letters, else 2.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        var distance = previous[b.Length];
        var allowed = Math.Min(a.Length, b.Length) <= 6 ? 1 : 2;
        return distance <= allowed ? distance : int.MaxValue;
    }
}
