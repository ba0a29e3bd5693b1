using BenchmarkDotNet.Attributes;
using GcmBot.Core.Answers;
using GcmBot.Core.Corpus;
using GcmBot.Core.Search;

namespace GcmBot.Benchmarks;

/// <summary>BenchmarkDotNet view of the same work: index build and one ask per question kind.</summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(PercentileConfig))]
public class AnswerBenchmarks
{
    private GcmCorpus _corpus = null!;
    private PassageIndex _index = null!;
    private AnswerEngine _engine = null!;

    [Params("what does it say about remittances", "locking up migrants", "objective 13", "what did Kenya say on detention?", "football")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.LoadCorpus();
        _index = AnswerIndex.Build(_corpus);
        _engine = new AnswerEngine(_corpus, _index, BenchmarkCorpus.LoadLexicon(), BenchmarkCorpus.LoadCrosswalk());
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public Answer Ask() => _engine.Ask(Question);

    [Benchmark]
    public int BuildIndex()
    {
        using var index = AnswerIndex.Build(_corpus);
        return index.Passages.Count;
    }

    private sealed class PercentileConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.P95, BenchmarkDotNet.Columns.StatisticColumn.P100);
        }
    }
}
