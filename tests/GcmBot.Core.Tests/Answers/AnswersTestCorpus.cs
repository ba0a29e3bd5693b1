using GcmBot.Core.Answers;
using GcmBot.Core.Corpus;
using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Answers;

/// <summary>The real corpus, index and engine, built once for all answer tests.</summary>
internal static class AnswersTestCorpus
{
    private static readonly Lazy<TopicLexicon> LazyLexicon = new(() => TopicLexicon.Load(Path.Combine(TestCorpus.Directory, "topic-lexicon.json")));
    private static readonly Lazy<Crosswalk> LazyCrosswalk = new(() => Crosswalk.Load(Path.Combine(TestCorpus.Directory, "crosswalk.json")));
    private static readonly Lazy<PassageIndex> LazyIndex = new(() => AnswerIndex.Build(Corpus));
    private static readonly Lazy<AnswerEngine> LazyEngine = new(() => new AnswerEngine(Corpus, Index, Lexicon, Crosswalk));

    public static GcmCorpus Corpus => TestCorpus.Corpus;

    public static TopicLexicon Lexicon => LazyLexicon.Value;

    public static Crosswalk Crosswalk => LazyCrosswalk.Value;

    public static PassageIndex Index => LazyIndex.Value;

    public static AnswerEngine Engine => LazyEngine.Value;
}
