using System.Diagnostics;
using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Answers;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// Every evaluation question asked many times: on one thread, on two threads
/// at once, and along the whole path through the router and each surface's renderer.
/// </summary>
internal static class AnswerRun
{
    public static AnswerFigures Run(AppServices app, IReadOnlyList<string> questions, int rounds)
    {

        var (gen0, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var single = Sampler.Run(questions, rounds, q => app.Engine.Ask(q));
        var gc = $"{GC.CollectionCount(0) - gen0} gen0 and {GC.CollectionCount(2) - gen2} gen2 collections, " +
            $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0.0} ms paused, over {rounds * questions.Count} timed asks and the warm-up before them";
        var (parallel, throughput) = TwoThreads(app.Engine, questions, rounds);
        var discord = Sampler.Run(questions, rounds / 2, q => ObjectiveRun.Discord(app, ObjectiveRun.Route(app, q)));
        var teams = Sampler.Run(questions, rounds / 2, q => ObjectiveRun.Teams(app, ObjectiveRun.Route(app, q)));
        return new AnswerFigures(single, parallel, throughput, discord, teams, gc);
    }

    private static (Latencies Times, double AsksPerSecond) TwoThreads(AnswerEngine engine, IReadOnlyList<string> questions, int rounds)
    {
        var perThread = new List<double>[2];
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t =>
        {
            var times = new List<double>(rounds * questions.Count);
            for (var r = 0; r < rounds; r++)
            {
                foreach (var question in questions)
                {
                    var before = Stopwatch.GetTimestamp();
                    engine.Ask(question);
                    times.Add(Stopwatch.GetElapsedTime(before).TotalMilliseconds);
                }
            }

            perThread[t] = times;
        });
        var all = perThread.SelectMany(t => t).ToList();
        return (Latencies.Of(all), all.Count / Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}

internal sealed record AnswerFigures(
    Timing Ask,
    Latencies AskTwoThreads,
    double TwoThreadAsksPerSecond,
    Timing AskRoutedDiscord,
    Timing AskRoutedTeams,
    string GarbageCollection);
