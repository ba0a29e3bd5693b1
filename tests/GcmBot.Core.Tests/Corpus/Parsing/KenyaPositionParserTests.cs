using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class KenyaPositionParserTests
{
    private static readonly Lazy<Parsed<KenyaPosition>> Lazy = new(() => KenyaPositionParser.Parse(Lines));

    private static IReadOnlyList<string> Lines => TestCorpus.Files.Lines(DocumentIds.KenyaPosition);

    private static KenyaPosition Position => Lazy.Value.Document;

    private static IReadOnlyList<Passage> Passages => Lazy.Value.Passages;

    [Fact]
    public void Parse_Sections_AreIntroductionMigrationInKenyaAndITOVI()
    {
        Assert.Equal(
            [
                (null, "Introduction"),
                (null, "Migration in Kenya"),
                ("I", "Human rights of all migrants."),
                ("II", "Addressing drivers of migration."),
                ("III", "International cooperation and governance of migration in all dimensions."),
                ("IV", "Contributions of migrants and diaspora to all dimensions of sustainable development."),
                ("V", "Smuggling of migrants, trafficking in persons and contemporary forms of slavery."),
                ("VI", "Irregular migration and regular pathways."),
            ],
            Position.Sections.Select(s => ((string?)s.Numeral, s.Title)));
    }

    [Fact]
    public void Parse_TableOfContents_IsNotContent()
    {
        Assert.DoesNotContain(Passages, p => p.Text.Contains('\t', StringComparison.Ordinal) || p.Text.Contains(".....", StringComparison.Ordinal));
        var introduction = Assert.Single(Position.Sections[0].Subsections);
        var paragraph = Assert.Single(introduction.Items);
        Assert.StartsWith("This position paper was developed following the National Dialogue on the Global Compact on Migration (GCM) held in Nairobi on 17th October, 2017.", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal("kenya/intro/0/1", paragraph.PassageId);
        Assert.Equal("Kenya position, Introduction, paragraph 1", Passage("kenya/intro/0/1").Label);
    }

    [Theory]
    [InlineData("I", "Include a clause on the need for capacity building for government officials on migrant rights protection.")]
    [InlineData("II", "Introduce incentives to retain high skilled professionals, such as in the health and education sectors, to enable them to stay in their country of origin or return.")]
    [InlineData("III", "Need to recognize regional protocols on movement of persons for integration, development, legal migration and mobility.")]
    [InlineData("IV", "Support the activities of the African Institute for Remittances (AIR)")]
    [InlineData("V", "Establish and strengthen age and gender sensitive protection mechanisms for victims of trafficking.")]
    [InlineData("VI", "Provide necessary funding to promote research in our continent on the skills required and how to get them.")]
    public void Parse_EachSection_HasItsBulletsExactlyWithoutTheMarker(string numeral, string bullet)
    {
        var items = Position.Section(numeral)!.Subsections.SelectMany(s => s.Items).ToList();
        var item = Assert.Single(items, i => i.Text == bullet);
        Assert.True(item.IsBullet);
        Assert.StartsWith($"kenya/{numeral}/", item.PassageId, StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Text.StartsWith('❖') || i.Text.StartsWith('-'));
    }

    [Fact]
    public void SectionIV_SubHeadings_AreTheRemittanceHeadings()
    {
        Assert.Equal(
            [null, "Remittances", "Impacts of Remittances", "Kenya's Position on Remittances", "Kenya's Strategy on Remittances"],
            Position.Section("IV")!.Subsections.Select(s => s.Heading));
    }

    [Fact]
    public void Parse_SubHeadings_AreExactlyThoseTheTableOfContentsLists()
    {
        var contents = Lines
            .Where(l => l.Contains('\t', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('\t', StringComparison.Ordinal)].TrimEnd('.').Replace('’', '\''))
            .ToList();
        var subheadings = Position.Sections.SelectMany(s => s.Subsections).Select(s => s.Heading).OfType<string>().ToList();
        Assert.Equal(
            ["Economic and Demographic Drivers", "Environmental drivers", "Human – made crises", "Remittances", "Impacts of Remittances", "Kenya's Position on Remittances", "Kenya's Strategy on Remittances", "The Legal framework"],
            subheadings);
        Assert.All(subheadings, h => Assert.Contains(h, contents));
        Assert.All(new[] { "I", "III", "VI" }, n => Assert.Null(Assert.Single(Position.Section(n)!.Subsections).Heading));
    }

    [Fact]
    public void Passage_UnderASubHeading_IsLabelledWithIt()
    {
        var bullet = Passage("kenya/IV/4/2");
        Assert.Equal("Support the activities of the African Institute for Remittances (AIR)", bullet.Text);
        Assert.Equal("Kenya position §IV — Kenya's Strategy on Remittances, bullet 2", bullet.Label);
        Assert.Equal("IV. Contributions of migrants and diaspora to all dimensions of sustainable development. › Kenya's Strategy on Remittances", bullet.Context);
        Assert.Equal(("IV", PassageKind.Bullet), (bullet.Section, bullet.Kind));
        var paragraph = Passage("kenya/IV/4/5");
        Assert.Equal("The Global Compact on Migration should include provisions that;", paragraph.Text);
        Assert.Equal("Kenya position §IV — Kenya's Strategy on Remittances, paragraph 1", paragraph.Label);
    }

    [Fact]
    public void Passage_BeforeAnySubHeading_IsLabelledWithTheSectionOnly()
    {
        var bullet = Passage("kenya/IV/0/3");
        Assert.Equal("Financial capital – by sending remittances and investing in Kenya", bullet.Text);
        Assert.Equal("Kenya position §IV, bullet 1", bullet.Label);
        Assert.Equal("Kenya position, Migration in Kenya, bullet 2", Passage("kenya/migration/0/4").Label);
        Assert.Equal("The Draft National Migration Policy.", Passage("kenya/migration/0/4").Text);
    }

    [Fact]
    public void Parse_IndentedSubBullets_AreBulletsOfTheirOwn()
    {
        var crises = Position.Section("II")!.Subsections.Single(s => s.Heading == "Human – made crises").Items;
        Assert.Contains(crises, i => i.IsBullet && i.Text == "Reduce adverse drivers of irregular migration, through conflict prevention by:");
        Assert.Contains(crises, i => i.IsBullet && i.Text == "early action to address the political differences that lead to or perpetuate violent conflict;");
    }

    [Theory]
    [InlineData("II", "How drivers interact in different dimensions (scale, location, distance and duration) affects how governments and the international community can respond")]
    [InlineData("III", "It also seeks to improve on the existing avenues for legal migration and mobility of persons and livestock in the region.")]
    [InlineData("V", "which is the main global instrument regarding trafficking in persons. Kenya is also signatory to the United Nations Convention on the Rights of the Child (CWC)")]
    public void Parse_ParagraphSplitByAPageBreak_IsRejoined(string numeral, string joined) =>
        Assert.Single(Position.Section(numeral)!.Subsections.SelectMany(s => s.Items), i => !i.IsBullet && i.Text.Contains(joined, StringComparison.Ordinal));

    [Fact]
    public void Parse_Items_AreThePassagesInOrder()
    {
        PassageChecks.AssertWellFormed(Passages, DocumentIds.KenyaPosition);
        var items = Position.Sections.SelectMany(s => s.Subsections).SelectMany(s => s.Items).ToList();
        Assert.Equal(items.Select(i => (i.PassageId, i.Text)), Passages.Select(p => (p.Id, p.Text)));
        Assert.Equal(items.Select(i => i.IsBullet ? PassageKind.Bullet : PassageKind.Paragraph), Passages.Select(p => p.Kind));
    }

    private static Passage Passage(string id) => Assert.Single(Passages, p => p.Id == id);
}
