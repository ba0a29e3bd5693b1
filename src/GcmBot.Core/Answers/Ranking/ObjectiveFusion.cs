namespace GcmBot.Core.Answers.Ranking;

/// <summary>
/// Re-ranks the lexical ranking of objectives with the semantic signal: each objective's lexical
/// score relative to the best, plus <see cref="Weight"/> times its semantic similarity as a z-score
/// among all the objectives (how many standard deviations it stands above their mean). An objective's
/// similarity is the mean cosine of the question to all its passages (title, actions, Zero Draft
/// text): closeness to the objective as a whole, not to one stray sentence. Only objectives the
/// lexical ranking found are re-ordered, so every quote still comes from the index.
/// </summary>
internal static class ObjectiveFusion
{
    // Chosen on the tuning halves only (55 paraphrases of the two gate sets, 62 evaluation questions).
    // The old rule (best passage cosine, scaled min-max among the ranked objectives, weight 1.5) gave
    // paraphrase top-1 38/55 and evaluation top-1 61/62. Families compared by 5-fold cross-validation
    // (weight chosen on four folds, scored on the fifth, 5 seeded repeats): best passage 38.4/55 and
    // 60.0/62; mean of all passages 43.0/55 and 61.0/62; best plus mean 40.8 and 60.6; mean of the
    // best three 39.4 and 58.6. With the mean, weights 0.4 / 0.5 / 0.6 / 0.7 on the whole tuning
    // halves gave paraphrase top-1 40 / 43 / 43 / 43 and evaluation top-1 60 / 61 / 60 / 59.
    public const double Weight = 0.5;

    public static IReadOnlyList<(int Objective, double Score)> Fuse(
        IReadOnlyList<(int Objective, double Score)> lexical, IReadOnlyDictionary<int, float> similarity)
    {
        if (lexical.Count < 2 || similarity.Count < 2)
        {
            return lexical;
        }

        var topLexical = lexical[0].Score;
        var mean = similarity.Values.Average();
        var spread = Math.Sqrt(similarity.Values.Average(s => (s - mean) * (s - mean)));
        if (topLexical <= 0 || double.IsInfinity(topLexical) || spread <= 0)
        {
            return lexical;
        }

        return [.. lexical
            .Select((r, i) => (r.Objective, Score: (r.Score / topLexical) + (Weight * (similarity.GetValueOrDefault(r.Objective, (float)mean) - mean) / spread), Order: i))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Order)
            .Select(r => (r.Objective, r.Score))];
    }
}
