using GcmBot.Core.Corpus.Errata;
using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class ProgressDeclarationParserTests
{
    private static readonly Parsed<ProgressDeclaration> Parsed =
        ProgressDeclarationParser.Parse(TestCorpus.Files.Lines(DocumentIds.ProgressDeclaration), ErrataBook.Load(TestCorpus.Folder));

    private static ProgressDeclaration Pd => Parsed.Document;

    [Fact]
    public void Parse_WholeDeclaration_Has77ParagraphsInOrder()
    {
        Assert.Equal(77, Pd.Paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 77), Pd.Paragraphs.Select(p => p.Number));
    }

    [Fact]
    public void Parse_FirstAndLastParagraphs_AreExact()
    {
        Assert.StartsWith("We, the Heads of State and Government and High Representatives, meeting at the United Nations Headquarters in New York from 17 to 20 May 2022", Pd.Paragraph(1)!.Text);
        Assert.EndsWith("have adopted the following Progress Declaration.", Pd.Paragraph(1)!.Text);
        Assert.StartsWith("We request the President of the General Assembly to hold a plenary meeting of the General Assembly in the second semester of 2024", Pd.Paragraph(77)!.Text);
    }

    [Theory]
    [InlineData(8, "and restricted or lack of access to health-care services and other basic services, including vaccines, social protection, education and child services, and being subjected to unsafe and undignified returns.")]
    [InlineData(25, "promoting fair and ethical recruitment and decent work for migrant workers, international labour standards, ensuring respect for and protection and fulfilment of human rights, and reducing or banning recruitment fees")]
    [InlineData(31, "including by implementing non-custodial alternatives to detention in the context of the COVID-19 pandemic. Some Member States have taken steps to end child immigration detention")]
    [InlineData(43, "Many migrants, in particular migrant women, lack access to financial services and mobile-enabled data, even though they often rely on receiving remittances to support themselves and their families.")]
    [InlineData(49, "misleading narratives that generate negative perceptions of migrants, falsely associate migrants and diasporas with disease or criminal activities")]
    public void Parse_ParagraphSplitByFootnoteBlock_IsRejoined(int number, string span) =>
        Assert.Contains(span, Pd.Paragraph(number)!.Text, StringComparison.Ordinal);

    [Fact]
    public void Parse_NoParagraph_ContainsFootnoteText()
    {
        string[] footnoteFragments = ["Objective 2: ", "Objective 4: Ensure", "Objective 14: Enhance", "Objective 1: ", "is an organ of the African Union", "Assembly/AU/Dec.695"];
        foreach (var paragraph in Pd.Paragraphs)
        {
            Assert.DoesNotContain(footnoteFragments, f => paragraph.Text.Contains(f, StringComparison.Ordinal));
            Assert.DoesNotContain("\n", paragraph.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_Footnotes_AreKeptAndAttachedToTheirMarks()
    {
        Assert.Equal([1, 2, 3, 4, 5], Pd.Footnotes.Select(f => f.Number));
        Assert.Equal("round table 3", Pd.Footnotes[2].AttachedTo);
        Assert.Equal("¶45", Pd.Footnotes[4].AttachedTo);
        Assert.StartsWith("The African Migration Observatory is an organ of the African Union", Pd.Footnotes[4].Text);
        Assert.Equal([5], Pd.Paragraph(45)!.FootnoteNumbers);
    }

    [Fact]
    public void Parse_RoundTables_CoverEveryObjectiveExactlyOnce()
    {
        Assert.Equal([2, 5, 6, 12, 18], Pd.RoundTables[0].Objectives);
        Assert.Equal([4, 8, 9, 10, 11, 13, 21], Pd.RoundTables[1].Objectives);
        Assert.Equal([14, 15, 16, 19, 20, 22], Pd.RoundTables[2].Objectives);
        Assert.Equal([1, 3, 7, 17, 23], Pd.RoundTables[3].Objectives);
        Assert.Equal(Enumerable.Range(1, 23), Pd.RoundTables.SelectMany(r => r.Objectives).Order());
    }

    [Theory]
    [InlineData(24, 1)]
    [InlineData(29, 1)]
    [InlineData(30, 2)]
    [InlineData(36, 2)]
    [InlineData(42, 3)]
    [InlineData(45, 4)]
    [InlineData(50, 4)]
    public void Parse_ParagraphsUnderRoundTable_KnowTheirRoundTable(int paragraph, int table) =>
        Assert.Equal(table, Pd.Paragraph(paragraph)!.RoundTable);

    [Fact]
    public void Parse_ParagraphsOutsideRoundTables_HaveNone()
    {
        Assert.Null(Pd.Paragraph(23)!.RoundTable);
        Assert.Null(Pd.Paragraph(51)!.RoundTable);
        Assert.Equal("Introduction", Pd.Paragraph(2)!.Heading);
        Assert.Equal("Round table 1 (objectives 2, 5, 6, 12 and 18)", Pd.Paragraph(24)!.Heading);
        Assert.StartsWith("Recommended actions to accelerate", Pd.Paragraph(51)!.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Paragraph21_HasTheStrayBracketRemovedByErrata() =>
        Assert.EndsWith("volunteers and other relevant stakeholders.", Pd.Paragraph(21)!.Text);

    [Fact]
    public void ObjectiveTitles_Footnotes1To4_GiveAll23TitlesWithoutItalics()
    {
        var titles = ProgressDeclarationParser.ObjectiveTitles(Pd);
        Assert.Equal(Enumerable.Range(1, 23), titles.Keys.Order());
        Assert.Equal("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", titles[20]);
        Assert.Equal("Minimize the adverse drivers and structural factors that compel people to leave their country of origin", titles[2]);
        Assert.Equal("Use migration detention only as a measure of last resort and work towards alternatives", titles[13]);
    }

    [Fact]
    public void Parse_Passages_CiteParagraphsByNumber()
    {
        var p67 = Assert.Single(Parsed.Passages, p => p.Id == "pd/67");
        Assert.Equal("Progress Declaration ¶67", p67.Label);
        Assert.StartsWith("We commit to redoubling our efforts to reduce the average transaction cost of migrant remittances", p67.Text);
        Assert.Equal(Parsed.Passages.Count, Parsed.Passages.Select(p => p.Id).Distinct().Count());
    }
}
