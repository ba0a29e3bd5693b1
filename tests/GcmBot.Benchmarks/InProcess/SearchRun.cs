using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Semantic;
using GcmBot.Core.Tests.Answers;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// Side by side on the evaluation questions, with the terms the pipeline searches for: the
/// pipeline's search stage (Lucene BM25 × coverage), raw Lucene ranked by BM25, and the naive scan;
/// then the answer quality of the pipeline against the two baselines.
/// </summary>
internal static class SearchRun
{
    public static SearchFigures Run(AppServices app, IReadOnlyList<EvaluationQuestion> evaluation, int rounds)
    {
        var baselines = new Baselines(app.Corpus, app.Index);
        var queries = evaluation.Select(q => SearchTerms.For(app.Engine.Parser.Parse(q.Question), app.Index)).ToList();

        var pipeline = new EvaluationScore();
        var raw = new EvaluationScore();
        var naive = new EvaluationScore();
        for (var i = 0; i < evaluation.Count; i++)
        {
            pipeline.Add(evaluation[i], app.Engine.Ask(evaluation[i].Question));
            raw.Add(evaluation[i], baselines.RawLucene(queries[i]));
            naive.Add(evaluation[i], baselines.NaiveScan(queries[i]));
        }

        var pipelineSearch = Sampler.Run(queries, rounds, q => app.Index.Search(q, Baselines.Limit));
        var rawLucene = Sampler.Run(queries, rounds, q => baselines.RawLucene(q));
        var naiveScan = Sampler.Run(queries, Math.Max(1, rounds / 4), q => baselines.NaiveScan(q));

        // The semantic layer, in the same run: the model is loaded only now, so every figure above is lexical.
        MiniLmModel.Load();
        var semantic = app.Get<SemanticSearch>();
        var texts = evaluation.Select(q => q.Question).ToList();
        var encode = Sampler.Run(texts, Math.Max(1, rounds / 100), q => MiniLmModel.Encode([q]));
        var vectors = texts.Select(q => MiniLmModel.Encode([q])[0]).ToList();
        var nearest = Sampler.Run(vectors, Math.Max(1, rounds / 10), v => semantic.Passages.Nearest(v));
        var fused = new EvaluationScore();
        var miniLm = new EvaluationScore();
        for (var i = 0; i < evaluation.Count; i++)
        {
            fused.Add(evaluation[i], app.Engine.Ask(evaluation[i].Question));
            miniLm.Add(evaluation[i], Nearest(app, semantic, vectors[i]));
        }

        return new SearchFigures(
            PipelineSearch: pipelineSearch,
            RawLucene: rawLucene,
            NaiveScan: naiveScan,
            SemanticAsk: Sampler.Run(texts, rounds, q => app.Engine.Ask(q)),
            MiniLmEncode: encode,
            MiniLmNearest: nearest,
            FusedQuality: fused,
            MiniLmQuality: miniLm,
            Pipeline: pipeline,
            RawQuality: raw,
            NaiveQuality: naive,
            Terms: queries.Average(q => q.Terms.Count),
            IndexBytes: baselines.IndexBytes());
    }

    // MiniLM alone: every passage by cosine to the question, best first.
    private static List<Passage> Nearest(AppServices app, SemanticSearch semantic, float[] vector) =>
        [.. semantic.Passages.Vectors
            .Select((v, i) => (Index: i, Cosine: System.Numerics.Tensors.TensorPrimitives.Dot(vector, v)))
            .OrderByDescending(x => x.Cosine)
            .Take(Baselines.Limit)
            .Select(x => app.Corpus.Passages[x.Index])];
}

internal sealed record SearchFigures(
    Timing PipelineSearch,
    Timing RawLucene,
    Timing NaiveScan,
    Timing SemanticAsk,
    Timing MiniLmEncode,
    Timing MiniLmNearest,
    EvaluationScore FusedQuality,
    EvaluationScore MiniLmQuality,
    EvaluationScore Pipeline,
    EvaluationScore RawQuality,
    EvaluationScore NaiveQuality,
    double Terms,
    long IndexBytes);
