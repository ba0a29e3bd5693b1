using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// Issue 16's in-process answer rows: the whole <c>Engine.Ask</c> with Answers:Semantic off, then on with the
/// question's vector cached and with a cache miss every time, MiniLM's encode alone, and "objective N" routed
/// with the semantic layer off and on. A miss every time comes from an app whose query-vector cache holds one
/// vector: the questions are distinct and asked in turn, so each one has been pushed out by the one before.
/// </summary>
internal static class SemanticAnswerRun
{
    public static SemanticFigures Run(IReadOnlyList<string> evaluation, int rounds)
    {
        var questions = evaluation.Distinct(StringComparer.Ordinal).ToList();
        var objectives = Enumerable.Range(1, 23).Select(n => $"objective {n}").ToList();
        var slowRounds = Math.Max(2, rounds / 4);

        Timing lexical, objectiveOff;
        using (var off = new AppServices(b => b.Configuration.AddInMemoryCollection([new("Answers:Semantic", "false")])))
        {
            lexical = Sampler.Run(questions, rounds, q => off.Engine.Ask(q));
            objectiveOff = Sampler.Run(objectives, rounds * 10, t => ObjectiveRun.Route(off, t));
        }

        // The model is the process's one MiniLmModel: from here on every app with the layer on uses it.
        MiniLmModel.Load();
        var single = new QueryVectorCache(capacity: 1);
        using var missing = new AppServices(b => b.Services.AddSingleton(single));
        using var on = new AppServices();
        var cache = on.Get<QueryVectorCache>();

        // Only the questions the engine encodes: names, titles and bare references are answered without the model.
        var encoded = questions.Where(q => { missing.Engine.Ask(q); return single.TryGet(q.Trim(), out _); }).ToList();
        var notCached = Sampler.Run(encoded, slowRounds, q => missing.Engine.Ask(q));
        var cached = Sampler.Run(encoded, rounds, q => on.Engine.Ask(q));
        var encode = Sampler.Run(encoded, slowRounds, q => MiniLmModel.Encode([q]));

        var vectorsBefore = cache.Count;
        var objectiveOn = Sampler.Run(objectives, rounds * 10, t => ObjectiveRun.Route(on, t));
        return new SemanticFigures(lexical, questions.Count, notCached, cached, encoded.Count, encode,
            objectiveOff, objectiveOn, ObjectiveEncoded: cache.Count - vectorsBefore);
    }
}

/// <param name="ObjectiveEncoded">Question vectors added to the cache while "objective N" was routed with the layer on: 0 when it never asks the model.</param>
internal sealed record SemanticFigures(
    Timing Lexical,
    int LexicalQuestions,
    Timing NotCached,
    Timing Cached,
    int EncodedQuestions,
    Timing Encode,
    Timing ObjectiveOff,
    Timing ObjectiveOn,
    int ObjectiveEncoded);
