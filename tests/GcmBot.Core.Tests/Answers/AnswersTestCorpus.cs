using GcmBot.Core.Answers;
using GcmBot.Core.Corpus;
using GcmBot.Core.Corpus.Errata;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;
using GcmBot.Core.Search;

namespace GcmBot.Core.Tests.Answers;

/// <summary>The real corpus, index and engine, built once for all answer tests.</summary>
internal static class AnswersTestCorpus
{
    private static readonly Lazy<GcmCorpus> LazyCorpus = new(Assemble);
    private static readonly Lazy<TopicLexicon> LazyLexicon = new(() => TopicLexicon.Load(Path.Combine(TestCorpus.Directory, "topic-lexicon.json")));
    private static readonly Lazy<Crosswalk> LazyCrosswalk = new(() => Crosswalk.Load(Path.Combine(TestCorpus.Directory, "crosswalk.json")));
    private static readonly Lazy<PassageIndex> LazyIndex = new(() => AnswerIndex.Build(Corpus));
    private static readonly Lazy<AnswerEngine> LazyEngine = new(() => new AnswerEngine(Corpus, Index, Lexicon, Crosswalk));

    public static GcmCorpus Corpus => LazyCorpus.Value;

    public static TopicLexicon Lexicon => LazyLexicon.Value;

    public static Crosswalk Crosswalk => LazyCrosswalk.Value;

    public static PassageIndex Index => LazyIndex.Value;

    public static AnswerEngine Engine => LazyEngine.Value;

    // Mirrors the loader's assembly of the documents, in document order.
    private static GcmCorpus Assemble()
    {
        var files = TestCorpus.Files;
        var errata = ErrataBook.Load(TestCorpus.Directory);
        var pd = ProgressDeclarationParser.Parse(files.Lines(DocumentIds.ProgressDeclaration), errata);
        var zd = ZeroDraftParser.Parse(files.Lines(DocumentIds.ZeroDraft));
        var shortNames = ShortNamesParser.Parse(File.ReadLines(Path.Combine(TestCorpus.Directory, "objective-short-names.md")));
        var objectives = ObjectiveValidator.Validate(ObjectivesParser.Parse(files.Lines(DocumentIds.Objectives)), pd.Document, zd.Document, shortNames, errata);
        var kenya = KenyaPositionParser.Parse(files.Lines(DocumentIds.KenyaPosition));
        var report = ParagraphDocumentParser.Parse(files.Lines(DocumentIds.DelegationReport), ParagraphDocumentOptions.DelegationReport, "Delegation report");
        var nyd = ParagraphDocumentParser.Parse(files.Lines(DocumentIds.NewYorkDeclaration), ParagraphDocumentOptions.NewYorkDeclaration, "New York Declaration");
        var sg = ParagraphDocumentParser.Parse(files.Lines(DocumentIds.SecretaryGeneralReport), ParagraphDocumentOptions.SecretaryGeneralReport, "Secretary-General's report");
        var icmpd = IcmpdParser.Parse(files.Lines(DocumentIds.Icmpd), "ICMPD input");
        var passages = objectives.Passages.Concat(pd.Passages).Concat(report.Passages).Concat(zd.Passages)
            .Concat(nyd.Passages).Concat(sg.Passages).Concat(kenya.Passages).Concat(icmpd.Passages).ToList();
        return new GcmCorpus(
            files.Manifest, errata.Corrections, objectives.Document, pd.Document, zd.Document, kenya.Document,
            [report.Document, nyd.Document, sg.Document, icmpd.Document], passages);
    }
}
