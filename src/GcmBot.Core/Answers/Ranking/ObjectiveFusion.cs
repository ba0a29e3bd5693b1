namespace GcmBot.Core.Answers.Ranking;

/// <summary>
/// Re-ranks the lexical ranking of objectives with the semantic signal: each objective's lexical
/// score relative to the best, plus <see cref="Weight"/> times its best passage similarity scaled
/// between the lowest (0) and the highest (1) among the ranked objectives. Only objectives the lexical ranking found are re-ordered, so every quote
/// still comes from the index. The weight was chosen on the tuning halves only.
/// </summary>
internal static class ObjectiveFusion
{
    // Tuning halves, weight 0 / 1 / 2 / 4: paraphrase top-1 23 / 24 / 25 / 24 of 32, evaluation top-1
    // 59 / 60 / 59 / 55 of 62; 1 is the smallest weight with the best sum.
    public const double Weight = 1.0;

    public static IReadOnlyList<(int Objective, double Score)> Fuse(
        IReadOnlyList<(int Objective, double Score)> lexical, IReadOnlyDictionary<int, float> similarity)
    {
        if (lexical.Count < 2)
        {
            return lexical;
        }

        var topLexical = lexical[0].Score;
        var highest = lexical.Max(r => similarity.GetValueOrDefault(r.Objective));
        var lowest = lexical.Min(r => similarity.GetValueOrDefault(r.Objective));
        if (topLexical <= 0 || highest <= lowest)
        {
            return lexical;
        }

        return [.. lexical
            .Select((r, i) => (r.Objective, Score: (r.Score / topLexical) + (Weight * (similarity.GetValueOrDefault(r.Objective) - lowest) / (highest - lowest)), Order: i))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Order)
            .Select(r => (r.Objective, r.Score))];
    }
}
