using GcmBot.Benchmarks.Measure;
using GcmBot.Core.Answers;

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

        var pipeline = new QualityScore();
        var raw = new QualityScore();
        var naive = new QualityScore();
        for (var i = 0; i < evaluation.Count; i++)
        {
            pipeline.Add(evaluation[i], app.Engine.Ask(evaluation[i].Question));
            raw.Add(evaluation[i], baselines.RawLucene(queries[i]));
            naive.Add(evaluation[i], baselines.NaiveScan(queries[i]));
        }

        return new SearchFigures(
            PipelineSearch: Sampler.Run(queries, rounds, q => app.Index.Search(q, Baselines.Limit)),
            RawLucene: Sampler.Run(queries, rounds, q => baselines.RawLucene(q)),
            NaiveScan: Sampler.Run(queries, Math.Max(1, rounds / 4), q => baselines.NaiveScan(q)),
            Pipeline: pipeline,
            RawQuality: raw,
            NaiveQuality: naive,
            Terms: queries.Average(q => q.Terms.Count),
            IndexBytes: baselines.IndexBytes());
    }
}

internal sealed record SearchFigures(
    Timing PipelineSearch,
    Timing RawLucene,
    Timing NaiveScan,
    QualityScore Pipeline,
    QualityScore RawQuality,
    QualityScore NaiveQuality,
    double Terms,
    long IndexBytes);
