using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Semantic;
using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers.Gate;

/// <summary>
/// Issue 16e: the background lead with the tuning halves' own questions as extra anchors ("everyday" = background
/// sentences + off-topic tuning questions, "topic" = lexicon wordings + on-topic tuning questions), against the lead as
/// shipped in 16n, by the same repeated 5-fold cross-validation and by leave-one-gate-set-out. Anchors come from the
/// training side only: a scored question is never its own anchor, and a training question's lead leaves itself out
/// too (as a new question is not among the anchors). Tuning halves only (GateTuningSet); no held-out half is read.
/// </summary>
public sealed class ExampleAnchorsCrossValidationTests(ITestOutputHelper output)
{
    private const int Folds = 5;
    private const int Repeats = 10;
    private static readonly double[] Thresholds = [0.2, 0.3, 0.35, 0.4, 0.5];

    private static readonly Lazy<List<Row>> Rows = new(Build);

    /// <summary>
    /// The fit GateModel ships: on every tuning question with something to quote, the example anchors being every
    /// tuning question, each question's lead leaving itself out (as a new question is not among the anchors).
    /// </summary>
    internal static double[] Refit()
    {
        var rows = Rows.Value;
        return Fit(rows, Fitted(rows), [.. rows.Select(r => r.Index)], examples: true);
    }

    /// <summary>GateModel's cross-validation: out-of-fold probabilities, example anchors from the training folds only.</summary>
    internal static List<(bool OnTopic, double P)> OutOfFold(int seed) =>
        [.. KFold(Rows.Value, Fitted(Rows.Value), seed, examples: true).Select(x => (x.Row.OnTopic, x.P))];

    /// <summary>The tuning questions the gate is asked about (not the always-on-topic ones), and whether each has something to quote.</summary>
    internal static List<(bool OnTopic, bool Found)> Asked() =>
        [.. Rows.Value.Where(r => r.Evidence is not null).Select(r => (r.OnTopic, r.Evidence!.Found))];

    private static List<int> Fitted(List<Row> rows) => [.. rows.Where(r => r.Evidence is { Found: true }).Select(r => r.Index)];

    [Fact]
    public void ExampleAnchors_AgainstTheShippedLead_ByCrossValidation()
    {
        var rows = Rows.Value;
        var fitted = Fitted(rows);
        var asked = rows.Where(r => r.Evidence is not null).ToList();
        var notFoundOff = asked.Count(r => !r.Evidence!.Found && !r.OnTopic);
        var notFoundOn = asked.Count(r => !r.Evidence!.Found && r.OnTopic);
        var offTopic = asked.Count(r => !r.OnTopic);
        var onTopic = asked.Count(r => r.OnTopic);

        string Shares(List<(Row Row, double P)> scored, int repeats) => string.Join(" | ", Thresholds.Select(t =>
        {
            var declined = (scored.Count(x => !x.Row.OnTopic && x.P < t) / (double)repeats) + notFoundOff;
            var wrong = (scored.Count(x => x.Row.OnTopic && x.P < t) / (double)repeats) + notFoundOn;
            return $"{t}: {declined / offTopic:P1} / {wrong / onTopic:P1}";
        }));

        (double Declined, double Wrong) At(List<(Row Row, double P)> scored, int repeats) =>
            (scored.Count(x => !x.Row.OnTopic && x.P < GateModel.Threshold) / (double)repeats, scored.Count(x => x.Row.OnTopic && x.P < GateModel.Threshold) / (double)repeats);
        var shares = new Dictionary<(bool Examples, int Seeds), (double Declined, double Wrong)>();

        output.WriteLine($"{rows.Count} tuning questions, {fitted.Count} fitted; off-topic {offTopic}, on-topic {onTopic} asked");
        foreach (var examples in new[] { false, true })
        {
            var name = examples ? "example anchors" : "16n lead";
            foreach (var seedBase in new[] { 16, 116 })
            {
                var scored = Enumerable.Range(0, Repeats).SelectMany(r => KFold(rows, fitted, seedBase + r, examples)).ToList();
                output.WriteLine($"{name}, 5-fold x 10, seeds {seedBase}-{seedBase + Repeats - 1}: {Shares(scored, Repeats)}");
                shares[(examples, seedBase)] = At(scored, Repeats);
            }

            var leftOut = LeaveOneSetOut(rows, fitted, examples).ToList();
            output.WriteLine($"{name}, leave-one-set-out: {Shares(leftOut, 1)}");
            shares[(examples, 0)] = At(leftOut, 1);
        }

        // The rule the variant shipped by (issue 16e): at the threshold, more declined and not more wrongly declined, with
        // both seed sets and leave-one-set-out (0 above).
        foreach (var key in new[] { 16, 116, 0 })
        {
            Assert.True(shares[(true, key)].Declined > shares[(false, key)].Declined, $"{key}: declined {shares[(true, key)]} against {shares[(false, key)]}");
            Assert.True(shares[(true, key)].Wrong <= shares[(false, key)].Wrong, $"{key}: wrongly declined {shares[(true, key)]} against {shares[(false, key)]}");
        }
    }

    private static IEnumerable<(Row Row, double P)> KFold(List<Row> rows, List<int> fitted, int seed, bool examples)
    {
        var order = fitted.ToArray();
        new Random(seed).Shuffle(order);
        var fold = new Dictionary<int, int>();
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
            var anchors = rows.Where(r => !fold.TryGetValue(r.Index, out var g) || g != f).Select(r => r.Index).ToHashSet();
            foreach (var scored in Score(rows, [.. fitted.Where(i => fold[i] != f)], [.. fitted.Where(i => fold[i] == f)], anchors, examples))
            {
                yield return scored;
            }
        }
    }

    private static IEnumerable<(Row Row, double P)> LeaveOneSetOut(List<Row> rows, List<int> fitted, bool examples)
    {
        foreach (var set in rows.Select(r => r.Set).Distinct())
        {
            var anchors = rows.Where(r => r.Set != set).Select(r => r.Index).ToHashSet();
            foreach (var scored in Score(rows, [.. fitted.Where(i => rows[i].Set != set)], [.. fitted.Where(i => rows[i].Set == set)], anchors, examples))
            {
                yield return scored;
            }
        }
    }

    private static IEnumerable<(Row Row, double P)> Score(List<Row> rows, List<int> train, List<int> test, HashSet<int> anchors, bool examples)
    {
        var w = Fit(rows, train, anchors, examples);
        return test.Select(i => (rows[i], LogisticFit.Probability(w, Features(rows, i, anchors, examples))));
    }

    private static double[] Fit(List<Row> rows, List<int> train, HashSet<int> anchors, bool examples) =>
        LogisticFit.Fit([.. train.Select(i => Features(rows, i, anchors, examples))], [.. train.Select(i => rows[i].OnTopic)], GateModel.Penalty);

    // The 16n lead is the same lead with no example anchors (the engine's own lead now holds every example).
    private static double[] Features(List<Row> rows, int i, HashSet<int> anchors, bool examples)
    {
        var e = rows[i].Evidence!;
        return [e.TopMean, e.QuotedMean, e.SenseMean, Lead(rows, i, examples ? anchors : [])];
    }

    // Mean of the 5 nearest everyday anchors minus mean of the 5 nearest topic anchors; the question itself left out.
    private static double Lead(List<Row> rows, int i, HashSet<int> anchors)
    {
        var row = rows[i];
        var everyday = row.Background.Concat(anchors.Where(a => a != i && !rows[a].OnTopic).Select(a => row.ToQuestions[a]));
        var topic = row.Wordings.Concat(anchors.Where(a => a != i && rows[a].OnTopic).Select(a => row.ToQuestions[a]));
        return everyday.OrderDescending().Take(BackgroundLead.Nearest).Average() - topic.OrderDescending().Take(BackgroundLead.Nearest).Average();
    }

    private static List<Row> Build()
    {
        var questions = new List<(string Question, bool OnTopic, int Set)>();
        var sets = GateQuestions.TunedFiles.Select(GateQuestions.Load).ToList();
        for (var s = 0; s < sets.Count; s++)
        {
            questions.AddRange(GateQuestions.Half(sets[s].OffTopic, heldOut: false).Select(q => (q, false, s)));
            questions.AddRange(GateQuestions.Half(sets[s].Paraphrases, heldOut: false).Select(p => (p.Question, true, s)));
        }

        questions.AddRange(GateQuestions.Half(EvaluationTests.Load(), heldOut: false).Select(q => (q.Question, true, sets.Count)));

        // The same questions as GateTuningSet, only with their set.
        Assert.Equal(GateTuningSet.Questions().Select(q => (q.Question, q.OnTopic)).Order(), questions.Select(q => (q.Question, q.OnTopic)).Order());

        var semantic = AnswersTestCorpus.Semantic;
        var engine = AnswersTestCorpus.SemanticEngine;
        var texts = GateBackground.Texts(TestCorpus.Folder, AnswersTestCorpus.Lexicon);
        var background = semantic.Anchors.Everyday.Take(texts.Background.Count).ToList();
        var wordings = semantic.Anchors.Topic.Take(texts.Wordings.Count).ToList();
        var vectors = questions.Select(q => semantic.Encode(q.Question)!).ToList();
        return [.. questions.Select((q, i) => new Row(
            i,
            q.Question,
            q.OnTopic,
            q.Set,
            engine.Evidence(q.Question),
            [.. background.Select(b => (double)Vectors.Dot(vectors[i], b))],
            [.. wordings.Select(b => (double)Vectors.Dot(vectors[i], b))],
            [.. vectors.Select(v => (double)Vectors.Dot(vectors[i], v))]))];
    }

    private sealed record Row(int Index, string Question, bool OnTopic, int Set, GateEvidence? Evidence, double[] Background, double[] Wordings, double[] ToQuestions);
}
