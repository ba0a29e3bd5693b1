using GcmBot.Core.Answers;
using Xunit.Abstractions;

namespace GcmBot.Core.Tests.Answers;

/// <summary>
/// The gate's figures on one set of questions: off-topic declined, on-topic wrongly declined and
/// paraphrase top-1. Every miss is written to the test output.
/// </summary>
internal sealed record GateScore(int Declined, int OffTopic, int WronglyDeclined, int OnTopic, int Top1, int Paraphrases)
{
    public double DeclinedShare => Declined / (double)OffTopic;

    public double WrongShare => WronglyDeclined / (double)OnTopic;

    public double Top1Share => Top1 / (double)Paraphrases;

    public static GateScore Measure(
        AnswerEngine engine, IReadOnlyList<string> offTopic, IReadOnlyList<GateParaphrase> paraphrases, IEnumerable<string> otherOnTopic, ITestOutputHelper output)
    {
        var declined = 0;
        foreach (var question in offTopic)
        {
            var answer = engine.Ask(question);
            if (answer.IsDeclined || answer.IsNotFound)
            {
                declined++;
                Assert.Empty(answer.AllQuotes);
            }
            else
            {
                output.WriteLine($"ANSWERED off-topic \"{question}\": objectives [{string.Join(",", answer.RankedObjectives.Take(3))}]");
            }
        }

        var onTopic = paraphrases.Select(p => p.Question).Concat(otherOnTopic).ToList();
        var wrong = onTopic.Where(q => engine.Ask(q).IsDeclined).ToList();
        wrong.ForEach(q => output.WriteLine($"DECLINED on-topic \"{q}\""));

        var top1 = 0;
        foreach (var p in paraphrases)
        {
            var ranked = engine.Ask(p.Question).RankedObjectives;
            if (ranked is [var first, ..] && p.Objectives.Contains(first))
            {
                top1++;
            }
            else
            {
                output.WriteLine($"MISS paraphrase \"{p.Question}\": [{string.Join(",", ranked.Take(3))}] expected [{string.Join(",", p.Objectives)}]");
            }
        }

        return new GateScore(declined, offTopic.Count, wrong.Count, onTopic.Count, top1, paraphrases.Count);
    }

    public override string ToString() =>
        $"off-topic declined {DeclinedShare:P1} ({Declined}/{OffTopic}); on-topic wrongly declined {WrongShare:P1} ({WronglyDeclined}/{OnTopic}); paraphrase top-1 {Top1Share:P1} ({Top1}/{Paraphrases})";
}
