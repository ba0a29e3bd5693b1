using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class ParagraphDocumentParserTests
{
    private static readonly Lazy<IReadOnlyList<Passage>> Report = new(() => Parse(DocumentIds.DelegationReport, ParagraphDocumentOptions.DelegationReport));
    private static readonly Lazy<IReadOnlyList<Passage>> Declaration = new(() => Parse(DocumentIds.NewYorkDeclaration, ParagraphDocumentOptions.NewYorkDeclaration));
    private static readonly Lazy<IReadOnlyList<Passage>> SgReport = new(() => Parse(DocumentIds.SecretaryGeneralReport, ParagraphDocumentOptions.SecretaryGeneralReport));

    public static TheoryData<string> Documents => [DocumentIds.DelegationReport, DocumentIds.NewYorkDeclaration, DocumentIds.SecretaryGeneralReport];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_Passages_AreWellFormedWithFootnotesKeptOutOfTheText(string documentId)
    {
        var passages = PassagesOf(documentId);
        PassageChecks.AssertWellFormed(passages, documentId);
        PassageChecks.AssertNoFootnoteTextOutsideFootnotes(passages);
    }

    [Theory]
    [InlineData(DocumentIds.DelegationReport, "report/", 74)]
    [InlineData(DocumentIds.NewYorkDeclaration, "nyd/", 90)]
    [InlineData(DocumentIds.NewYorkDeclaration, "nyd/annex-i/", 19)]
    [InlineData(DocumentIds.NewYorkDeclaration, "nyd/annex-ii/", 15)]
    [InlineData(DocumentIds.SecretaryGeneralReport, "sg/", 88)]
    public void Parse_NumberedParagraphs_RunFromOneWithoutGap(string documentId, string scope, int count) =>
        PassageChecks.AssertNumberedInOrder(PassagesOf(documentId), scope, count);

    [Fact]
    public void Report_ParagraphSplitByAPageBreak_IsRejoined() => Assert.Equal(
        "A representative voiced concern that citizens from his country may not enjoy the same benefits abroad as foreigners in his country, and suggested the same rules should be applicable to all parties in the GCM. The delegation from Kenya pointed out that, while it has put in place measures to ensure migrants to the country enjoyed free movement and rights to work and to own property, similar treatment was not accorded the Gulf Cooperation Council (GCC) countries.",
        Passage(Report.Value, "report/41").Text);

    [Fact]
    public void Report_LetteredItems_ArePassagesOfTheirParagraph()
    {
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g"], Report.Value.Where(p => p.Paragraph == 9 && p.Letter is not null).Select(p => p.Letter));
        var item = Passage(Report.Value, "report/51/i");
        Assert.Equal("Systematically call out and condemn xenophobia, racism and hate speech, including discourse cloaked in the language of national security, economic and national identity concerns;", item.Text);
        Assert.Equal(("Delegation report ¶51(i)", 51, "i"), (item.Label, item.Paragraph, item.Letter));
        Assert.Equal("SUMMARY OF PROCEEDINGS › Session 4: Social cohesion and integration of migrants", item.Context);
    }

    [Fact]
    public void Report_UnnumberedText_IsKeptInOrderAfterItsParagraph()
    {
        var text = Passage(Report.Value, "report/p1");
        Assert.StartsWith("The Kenya delegation outlined some of the measures the country was taking to address the economic drivers of migration", text.Text, StringComparison.Ordinal);
        Assert.Equal(("Delegation report, after ¶44", (int?)null), (text.Label, text.Paragraph));
        var recommendation = Assert.Single(Report.Value, p => p.Label == "Delegation report, after ¶74, item (i)");
        Assert.StartsWith("The respective Committees of Houses of Parliament responsible for migration", recommendation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SessionTable_StaysInParagraph23()
    {
        var lines = Passage(Report.Value, "report/23").Text.Split('\n');
        Assert.Equal(9, lines.Length);
        Assert.Equal("The Parliamentary Hearing took place over two days and was organized under eight Sessions, as follows:", lines[0]);
        Assert.EndsWith("The Global Compact for Migration (GCM) and follow-up: the role of parliaments", lines[8], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Approved for tabling.")]
    [InlineData("Hon. Speaker,")]
    [InlineData("The Jude Njomo, M.P.")]
    [InlineData("Please recycle")]
    [InlineData("16-16163 (E)")]
    public void Parse_CoverPagesSignaturesAndPrintCodes_AreNotText(string line)
    {
        Assert.DoesNotContain(Report.Value.Concat(Declaration.Value), p => p.Text.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Declaration_ParagraphAroundAFootnoteAndPageFooter_IsRejoinedWithoutThem()
    {
        Assert.Equal(
            "In adopting the 2030 Agenda for Sustainable Development¹ one year ago, we recognized clearly the positive contribution made by migrants for inclusive growth and sustainable development. Our world is a better place for that contribution. The benefits and opportunities of safe, orderly and regular migration are substantial and are often underestimated. Forced displacement and irregular migration in large movements, on the other hand, often present complex challenges.",
            Passage(Declaration.Value, "nyd/4").Text);
        var footnote = Passage(Declaration.Value, "nyd/fn/1");
        Assert.Equal(("Resolution 70/1.", "New York Declaration footnote 1", PassageKind.Footnote), (footnote.Text, footnote.Label, footnote.Kind));
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"nyd/fn/{n}"), Declaration.Value.Where(p => p.Kind == PassageKind.Footnote).Select(p => p.Id));
    }

    [Theory]
    [InlineData("nyd/66", "such as the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa¹⁴ and the Cartagena Declaration on Refugees.")]
    [InlineData("nyd/annex-i/13", "the United Nations Relief and Works Agency for Palestine Refugees in the Near East, where appropriate,")]
    [InlineData("nyd/42", "in accordance with relevant international law. We reaffirm that everyone has the right to leave any country")]
    public void Declaration_ParagraphContinuingInCapitalsAfterAPageBreak_IsRejoined(string id, string joined) =>
        Assert.Contains(joined, Passage(Declaration.Value, id).Text, StringComparison.Ordinal);

    [Fact]
    public void Declaration_Paragraph_CarriesItsSectionAndHeadings()
    {
        var paragraph = Passage(Declaration.Value, "nyd/45");
        Assert.Equal("We will consider reviewing our migration policies with a view to examining their possible unintended negative consequences.", paragraph.Text);
        Assert.Equal(("New York Declaration ¶45", "III", "III. Commitments for migrants"), (paragraph.Label, paragraph.Section, paragraph.Context));
    }

    [Fact]
    public void Declaration_AnnexParagraphs_AreNumberedWithinTheirAnnex()
    {
        var item = Passage(Declaration.Value, "nyd/annex-ii/8/h");
        Assert.Equal(
            "Remittances as an important source of private capital and their contribution to development and promotion of faster, cheaper and safer transfers of remittances through legal channels, in both source and recipient countries, including through a reduction in transaction costs;",
            item.Text);
        Assert.Equal(("New York Declaration annex II ¶8(h)", "annex II", 8), (item.Label, item.Section, item.Paragraph));
        Assert.Equal("Annex II › Towards a global compact for safe, orderly and regular migration › III. Content", item.Context);
        Assert.Equal(Letters(24), Declaration.Value.Where(p => p.Id.StartsWith("nyd/annex-ii/8/", StringComparison.Ordinal)).Select(p => p.Letter));
    }

    [Fact]
    public void SgReport_ParagraphSplitAroundFootnotes_IsRejoinedWithItsItems()
    {
        Assert.Equal(
            "Reflecting on the consultation phase of the global compact process, and submissions from Member States, elements of the United Nations system and a wide array of stakeholders, I believe that Member States should keep the following four fundamental considerations in view while preparing for the adoption of the global compact:",
            Passage(SgReport.Value, "sg/4").Text);
        Assert.Equal(["a", "b", "c", "d"], SgReport.Value.Where(p => p.Paragraph == 4 && p.Letter is not null).Select(p => p.Letter));
        Assert.Equal(
            "It is profoundly misguided, however, to treat migration itself as a threat. I am concerned that we have seen an increase in short-term and reactive security approaches to migration, such as setting up systems to detain migrants in transit countries, that are: (a) ill-advised and unsustainable; (b) put the safety of migrants in peril; and (c) risk being counter-productive on their own terms.",
            Passage(SgReport.Value, "sg/43").Text);
    }

    [Fact]
    public void SgReport_Passages_CarryTheReportsHeadingsAndFootnotes()
    {
        var paragraph = Passage(SgReport.Value, "sg/43");
        Assert.Equal(("Secretary-General's report A/72/643 ¶43", "III"), (paragraph.Label, paragraph.Section));
        Assert.Equal("III. Maximizing the benefits of migration for all › C. Cooperative security arrangements for well managed migration", paragraph.Context);
        Assert.Equal(["sg/p1", "sg/p2", "sg/p3"], SgReport.Value.Where(p => p.Context == "Summary").Select(p => p.Id));
        Assert.Equal(Enumerable.Range(1, 35).Select(n => $"sg/fn/{n}"), SgReport.Value.Where(p => p.Kind == PassageKind.Footnote).Select(p => p.Id));
        Assert.Equal("See resolution 71/1, para. 49", Passage(SgReport.Value, "sg/fn/33").Text);
    }

    private static IReadOnlyList<Passage> Parse(string documentId, ParagraphDocumentOptions options)
    {
        var parsed = ParagraphDocumentParser.Parse(TestCorpus.Files.Lines(documentId), options, "title");
        Assert.Same(parsed.Passages, parsed.Document.Passages);
        Assert.Equal(documentId, parsed.Document.DocumentId);
        return parsed.Passages;
    }

    private static IReadOnlyList<Passage> PassagesOf(string documentId) => documentId switch
    {
        DocumentIds.DelegationReport => Report.Value,
        DocumentIds.NewYorkDeclaration => Declaration.Value,
        _ => SgReport.Value,
    };

    private static Passage Passage(IReadOnlyList<Passage> passages, string id) => Assert.Single(passages, p => p.Id == id);

    private static IEnumerable<string> Letters(int count) => Enumerable.Range('a', count).Select(c => ((char)c).ToString());
}
