using BenchmarkDotNet.Attributes;
using GcmBot.Benchmarks.InProcess;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Search;

namespace GcmBot.Benchmarks;

/// <summary>
/// BenchmarkDotNet view of the side-by-side comparison: the answer pipeline against raw Lucene and the
/// naive scan, over all evaluation questions per operation (ratios against the pipeline).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SearchBenchmarks
{
    private AppServices _app = null!;
    private Baselines _baselines = null!;
    private IReadOnlyList<string> _questions = null!;
    private IReadOnlyList<SearchQuery> _queries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = new AppServices();
        _baselines = new Baselines(_app.Corpus, _app.Index);
        _questions = BenchmarkCorpus.Questions();
        _queries = [.. _questions.Select(q => SearchTerms.For(_app.Engine.Parser.Parse(q), _app.Index))];
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark(Baseline = true, Description = "answer pipeline (all questions)")]
    public int Pipeline() => _questions.Sum(q => _app.Engine.Ask(q).RankedObjectives.Count);

    [Benchmark(Description = "raw Lucene BM25, top 200")]
    public int RawLucene() => _queries.Sum(q => _baselines.RawLucene(q).Count);

    [Benchmark(Description = "naive scan")]
    public int NaiveScan() => _queries.Sum(q => _baselines.NaiveScan(q).Count);
}
