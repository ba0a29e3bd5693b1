using GcmBot.Core.Answers.Gate;
using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers.Gate;

/// <summary>
/// GateModel's constants against a refit on the tuning halves (never the held-out halves), and the
/// model's figures by cross-validation inside the tuning halves.
/// </summary>
public sealed class GateModelTests(ITestOutputHelper output)
{
    private const int Folds = 5;
    private const int Repeats = 10;

    private static readonly Lazy<List<(string Question, bool OnTopic, GateEvidence? Evidence)>> Tuning = new(() =>
        [.. GateTuningSet.Questions().Select(q => (q.Question, q.OnTopic, AnswersTestCorpus.SemanticEngine.Evidence(q.Question)))]);

    [Fact]
    public void Refit_OnTheTuningHalves_GivesTheConstants()
    {
        var rows = Fitted(Tuning.Value);

        var w = LogisticFit.Fit([.. rows.Select(r => Features(r.Evidence))], [.. rows.Select(r => r.OnTopic)], GateModel.Penalty);

        output.WriteLine($"{rows.Count} questions ({rows.Count(r => r.OnTopic)} on-topic); refit: {string.Join(" ", w.Select(v => v.ToString("F4", System.Globalization.CultureInfo.InvariantCulture)))}");

        // Any change to what the engine quotes for these questions (ranking, lexicon, search) changes
        // the evidence and so the fit: then copy the refit above into GateModel and rerun the sweep below.
        double[] constants = [GateModel.Intercept, GateModel.TopMeanWeight, GateModel.QuotedMeanWeight, GateModel.SenseMeanWeight, GateModel.LeadWeight];
        for (var i = 0; i < constants.Length; i++)
        {
            Assert.True(Math.Abs(constants[i] - w[i]) < 0.001, $"GateModel constant {i} is {constants[i]}, the refit on the tuning halves gives {w[i]:F4}");
        }
    }

    [Fact]
    public void CrossValidation_InsideTheTuningHalves_MeetsTheFloors()
    {
        var all = Tuning.Value;
        var asked = all.Where(r => r.Evidence is not null).ToList();
        var rows = Fitted(all);
        var notFound = asked.Where(r => !r.Evidence!.Found).ToList();
        var offTopic = asked.Count(r => !r.OnTopic);
        var onTopic = asked.Count(r => r.OnTopic);

        var outOfFold = Enumerable.Range(0, Repeats).Select(r => OutOfFold(rows, GateModel.Penalty, seed: 16 + r).ToList()).ToList();
        (double Declined, double Wrong) At(double threshold)
        {
            // A question with nothing to quote is never answered, whatever the threshold.
            var declined = outOfFold.Sum(run => run.Count(x => !x.Row.OnTopic && x.P < threshold)) / (double)Repeats + notFound.Count(r => !r.OnTopic);
            var wrong = outOfFold.Sum(run => run.Count(x => x.Row.OnTopic && x.P < threshold)) / (double)Repeats + notFound.Count(r => r.OnTopic);
            return (declined / offTopic, wrong / onTopic);
        }

        foreach (var threshold in new[] { 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6 })
        {
            var (d, w) = At(threshold);
            output.WriteLine($"{Folds}-fold, {Repeats} repeats, threshold {threshold}: off-topic declined {d:P1} of {offTopic}, on-topic wrongly declined {w:P1} of {onTopic}");
        }

        var (declinedShare, wrongShare) = At(GateModel.Threshold);
        Assert.True(declinedShare >= 0.85, $"declined {declinedShare:P1}");
        Assert.True(wrongShare <= 0.05, $"wrongly declined {wrongShare:P1}");
    }

    [Fact]
    public void OnTopic_RisesWithEachKindOfEvidence()
    {
        // Closer passages, closer quotes and a corpus word in its corpus sense all argue "on-topic"; being closer to
        // everyday sentences than to the documents' topics in everyday words argues "off-topic".
        var plain = new GateEvidence(0.3, 0.2, 0.2, 0, true, 0.35);

        Assert.True(GateModel.OnTopic(plain with { TopMean = 0.4 }) > GateModel.OnTopic(plain));
        Assert.True(GateModel.OnTopic(plain with { QuotedMean = 0.3 }) > GateModel.OnTopic(plain));
        Assert.True(GateModel.OnTopic(plain with { SenseMean = 0.3 }) > GateModel.OnTopic(plain));
        Assert.True(GateModel.OnTopic(plain with { Lead = 0.1 }) < GateModel.OnTopic(plain));
    }

    private static List<(string Question, bool OnTopic, GateEvidence Evidence)> Fitted(List<(string Question, bool OnTopic, GateEvidence? Evidence)> rows) =>
        [.. rows.Where(r => r.Evidence is { Found: true }).Select(r => (r.Question, r.OnTopic, r.Evidence!))];

    private static double[] Features(GateEvidence e) => [e.TopMean, e.QuotedMean, e.SenseMean, e.Lead];

    // Stratified folds from a seeded shuffle; each fold scored by a model fitted on the other four.
    private static IEnumerable<((string Question, bool OnTopic, GateEvidence Evidence) Row, double P)> OutOfFold(
        List<(string Question, bool OnTopic, GateEvidence Evidence)> rows, double penalty, int seed)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[rows.Count];
        foreach (var group in order.GroupBy(i => rows[i].OnTopic))
        {
            var k = 0;
            foreach (var i in group)
            {
                fold[i] = k++ % Folds;
            }
        }

        for (var f = 0; f < Folds; f++)
        {
            var train = Enumerable.Range(0, rows.Count).Where(i => fold[i] != f).ToList();
            var w = LogisticFit.Fit([.. train.Select(i => Features(rows[i].Evidence))], [.. train.Select(i => rows[i].OnTopic)], penalty);
            foreach (var i in Enumerable.Range(0, rows.Count).Where(i => fold[i] == f))
            {
                yield return (rows[i], LogisticFit.Probability(w, Features(rows[i].Evidence)));
            }
        }
    }
}
