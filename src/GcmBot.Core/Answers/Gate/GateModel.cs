namespace GcmBot.Core.Answers.Gate;

/// <summary>
/// A logistic regression on <see cref="GateEvidence"/>: the probability that a question with something
/// to quote is about the documents. Fitted (Newton's method, L2 penalty <see cref="Penalty"/> on the
/// weights, none on the intercept) on the tuning halves only: off-topic questions and paraphrases of
/// both gate sets and the evaluation set's questions, those the gate is asked about whose lexical
/// answer quotes something (107: 84 on-topic, 23 off-topic). GateModelTests refits them and fails if
/// these constants drift from the fit (a change to the ranking changes what is quoted, so it needs a refit).
/// </summary>
internal static class GateModel
{
    public const double Penalty = 0.01;

    public const double Intercept = -7.2487;
    public const double TopMeanWeight = 18.3979;
    public const double QuotedMeanWeight = 11.0902;
    public const double TopicWeight = 1.1397;

    /// <summary>
    /// Answered from this probability up. 5-fold cross-validation inside the tuning halves (the model
    /// refitted on four folds, scored on the fifth, 10 seeded repeats; GateModelTests prints it) at
    /// 0.2 / 0.3 / 0.4 / 0.5: off-topic declined 84.8 / 92.7 / 95.5 / 95.5 % of 44, on-topic wrongly
    /// declined 2.3 / 2.3 / 2.4 / 4.1 % of 86 (2.3 % are the two on-topic questions with nothing to
    /// quote, which no threshold changes). 0.4 has the largest difference of the two shares.
    /// </summary>
    public const double Threshold = 0.4;

    /// <summary>Below <see cref="Threshold"/> but from this up: close but weak (closest objectives, no quotes).</summary>
    public const double WeakFrom = 0.1;

    public static double OnTopic(GateEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var z = Intercept + (TopMeanWeight * evidence.TopMean) + (QuotedMeanWeight * evidence.QuotedMean) + (evidence.HasTopic ? TopicWeight : 0);
        return 1 / (1 + Math.Exp(-z));
    }
}
