using GcmBot.Core.Answers;
using GcmBot.Core.Answers.CrossReferencing;
using GcmBot.Core.Answers.Gate;
using GcmBot.Core.Answers.Query;
using GcmBot.Core.Corpus;
using GcmBot.Core.Search;
using GcmBot.Core.Semantic;

namespace GcmBot.Core.Tests.Answers;

/// <summary>The real corpus, index and engine, built once for all answer tests.</summary>
internal static class AnswersTestCorpus
{
    private static readonly Lazy<TopicLexicon> LazyLexicon = new(() => TopicLexicon.Load(TestCorpus.Folder));
    private static readonly Lazy<Crosswalk> LazyCrosswalk = new(() => Crosswalk.Load(TestCorpus.Folder));
    private static readonly Lazy<PassageIndex> LazyIndex = new(() => AnswerIndex.Build(Corpus));
    private static readonly Lazy<AnswerEngine> LazyEngine = new(() => new AnswerEngine(Corpus, Index, Lexicon, Crosswalk));

    // The model is loaded once per test process, and only by the tests that use semantics.
    private static readonly Lazy<SemanticSearch> LazySemantic = new(() =>
    {
        MiniLmModel.Load();
        var vectors = PassageVectors.Load(TestCorpus.Folder, Corpus.Passages);
        var anchors = AnchorVectors.Load(TestCorpus.Folder, GateBackground.Load(TestCorpus.Folder), GateBackground.Wordings(Lexicon));
        return new SemanticSearch(vectors, anchors, new MiniLmEmbedder(new QueryVectorCache()));
    });

    private static readonly Lazy<AnswerEngine> LazySemanticEngine = new(() => new AnswerEngine(Corpus, Index, Lexicon, Crosswalk, Semantic));

    public static GcmCorpus Corpus => TestCorpus.Corpus;

    public static TopicLexicon Lexicon => LazyLexicon.Value;

    public static Crosswalk Crosswalk => LazyCrosswalk.Value;

    public static PassageIndex Index => LazyIndex.Value;

    public static AnswerEngine Engine => LazyEngine.Value;

    public static SemanticSearch Semantic => LazySemantic.Value;

    /// <summary>The engine with the semantic layer on and its model loaded (the decline gate active).</summary>
    public static AnswerEngine SemanticEngine => LazySemanticEngine.Value;
}
