using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class ZeroDraftParserTests
{
    private static readonly Lazy<Parsed<ZeroDraft>> Lazy = new(() => ZeroDraftParser.Parse(TestCorpus.Files.Lines(DocumentIds.ZeroDraft)));

    private static ZeroDraft Draft => Lazy.Value.Document;

    private static IReadOnlyList<Passage> Passages => Lazy.Value.Passages;

    // The "OBJECTIVE N:" headings of the Zero Draft, 5 February 2018, in order.
    private static readonly string[] Titles =
    [
        "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
        "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
        "Provide adequate and timely information at all stages of migration",
        "Provide all migrants with proof of legal identity, proper identification and documentation",
        "Enhance availability and flexibility of pathways for regular migration",
        "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
        "Address and reduce vulnerabilities in migration",
        "Save lives and establish coordinated international efforts on missing migrants",
        "Strengthen the transnational response to smuggling of migrants",
        "Prevent and combat trafficking in persons in the context of international migration",
        "Manage borders in an integrated, secure and coordinated manner",
        "Strengthen procedures and mechanisms for status determination",
        "Use migration detention only as a last resort and work towards alternatives",
        "Enhance consular protection, assistance and cooperation throughout the migration cycle",
        "Provide access to basic social services for migrants",
        "Empower migrants and societies to realize full inclusion and social cohesion",
        "Eliminate all forms of discrimination and promote fact-based public discourse to shape perceptions of migration",
        "Invest in skills development and facilitate recognition of skills, qualifications and competences",
        "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
        "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
        "Cooperate in facilitating dignified and sustainable return, readmission and reintegration",
        "Establish mechanisms for the portability of social security entitlements and earned benefits",
    ];

    [Fact]
    public void Parse_Objectives_AreTheTwentyTwoInOrderWithTheirTitles()
    {
        Assert.Equal(Enumerable.Range(1, 22), Draft.Objectives.Select(o => o.Number));
        Assert.Equal(Titles, Draft.Objectives.Select(o => o.Title));
    }

    [Fact]
    public void Parse_Objectives_HaveCommitmentParagraphs15To36AndLetteredActions()
    {
        Assert.Equal(Enumerable.Range(15, 22), Draft.Objectives.Select(o => o.Paragraph));
        Assert.All(Draft.Objectives, o =>
        {
            Assert.StartsWith("We commit to ", o.Commitment, StringComparison.Ordinal);
            Assert.Equal(Letters(o.Actions.Count), o.Actions.Select(a => a.Letter));
        });
        Assert.Equal(8, Draft.Objectives[0].Actions.Count);
        Assert.Equal(12, Draft.Objectives[1].Actions.Count);
        Assert.Equal(4, Draft.Objectives[21].Actions.Count);
    }

    [Fact]
    public void Objective20_Commitment_IsParagraph34Exactly()
    {
        var objective = Draft.Objectives[19];
        Assert.Equal(34, objective.Paragraph);
        Assert.Equal(
            "We commit to promote faster, safer and cheaper remittances by establishing conducive policy and regulatory environments that enable competition, regulation and innovation on the remittance market and by providing gender-responsive programmes and instruments that enhance the financial inclusion of migrants and their families.",
            objective.Commitment);
        var passage = Passage("zd/34");
        Assert.Equal((PassageKind.Commitment, 20, 34, "Zero Draft ¶34"), (passage.Kind, passage.Objective, passage.Paragraph, passage.Label));
        Assert.Equal(objective.Commitment, passage.Text);
    }

    [Fact]
    public void Objective20_Actions_AreAToHExactly()
    {
        var actions = Draft.Objectives[19].Actions;
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], actions.Select(a => a.Letter));
        Assert.Equal(
            "Develop a roadmap to reduce the transaction costs of migrant remittances to less than 3 per cent and eliminate remittance corridors with costs higher than 5 per cent by 2030 in line with existing commitments",
            actions[0].Text);
        Assert.Equal(
            "Harmonize remittance market regulations and increase the interoperability of remittance infrastructure along corridors by ensuring that measures to combat illicit financial flows do not impede migrant remittances",
            actions[2].Text);
        Assert.Equal(
            "Provide access to and develop banking solutions and financial instruments for migrants, including low-income households, such as bank accounts that permit direct deposits by employers, savings accounts, loans and credits in cooperation with the banking sector",
            actions[7].Text);
    }

    [Fact]
    public void Objective20_ActionDSplitByAPageBreak_IsRejoinedWithOneSpace()
    {
        Assert.Equal(
            "Establish conducive policy and regulatory frameworks that promote a competitive and innovative remittance market, remove obstacles to non-bank remittance service providers in accessing payment system infrastructure, provide tax exemptions or incentives for remittance transfers, eliminate exclusivity contracts, incentivize the private sector to expand remittance services, and enhance the security and predictability of low-value transactions by revising de-risking policies and developing a methodology to distinguish remittances from illicit flows, in consultation with remittance service providers and financial regulators",
            Draft.Objectives[19].Actions[3].Text);
        var passage = Passage("zd/obj20/d");
        Assert.Equal((PassageKind.Action, 20, "d", "Zero Draft objective 20(d)"), (passage.Kind, passage.Objective, passage.Letter, passage.Label));
        Assert.Contains("OBJECTIVE 20: Promote faster, safer and cheaper transfer of remittances", passage.Context, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zd/obj3/b", "including irregular migration, mixed movements, smuggling of migrants")]
    [InlineData("zd/obj10/c", "harmonize protocols at the regional and cross-regional levels on prosecution of perpetrators")]
    [InlineData("zd/obj18/b", "and create skills profiling tools and national registries")]
    [InlineData("zd/30", "related to migration, in line with the acknowledgment that fully integrated migrants")]
    [InlineData("zd/11", "We must generate greater predictability and certainty for States, communities and migrants alike.")]
    public void Parse_TextSplitByAPageBreak_IsRejoined(string id, string joined) =>
        Assert.Contains(joined, Passage(id).Text, StringComparison.Ordinal);

    [Fact]
    public void Parse_Paragraphs_AreNumbered1To46InOrder()
    {
        Assert.Equal(Enumerable.Range(1, 46), Draft.Paragraphs.Select(p => p.Number));
        PassageChecks.AssertNumberedInOrder(Passages, "zd/", 46);
        Assert.Equal(
            "With the New York Declaration for Refugees and Migrants we adopted a political declaration and a set of commitments. Recalling these commitments in their entirety, we build on them by laying out the following cooperative framework comprising of actionable commitments, implementation, and follow-up and review. Our actionable commitments will fulfil 22 broader objectives for the achievement of safe, orderly and regular migration along the migration cycle.",
            Draft.Paragraphs[13].Text);
    }

    [Fact]
    public void Paragraph44_Items_QuoteTheReviewForumYears()
    {
        var forum = Draft.Paragraphs[43];
        Assert.Equal("FOLLOW-UP AND REVIEW", forum.Heading);
        Assert.Equal(["a", "b", "c", "d", "e"], forum.Items.Select(i => i.Letter));
        Assert.Equal("The International Migration Review Forum shall take place in 2022, 2026 and 2030", forum.Items[2].Text);
        Assert.Equal(
            "We will determine, in 2026, which specific measures will further strengthen the global governance of international migration, including whether to hold a review conference of the Global Compact in 2030",
            forum.Items[3].Text);
        var passage = Passage("zd/44/c");
        Assert.Equal(("Zero Draft ¶44(c)", 44, "c"), (passage.Label, passage.Paragraph, passage.Letter));
    }

    [Fact]
    public void Paragraph45_Items_QuoteTheRegionalForumYears()
    {
        var regional = Draft.Paragraphs[44];
        Assert.Equal("Considering that most international migration takes place within regions, we also decide that:", regional.Text);
        Assert.Equal(["a", "b", "c"], regional.Items.Select(i => i.Letter));
        Assert.Equal("Each region will convene a Regional Migration Review Forum, to take place in 2020, 2024 and 2028", Passage("zd/45/a").Text);
    }

    [Fact]
    public void Parse_GuidingPrinciples_AreUnnumberedPassagesAfterParagraph13()
    {
        var principle = Assert.Single(Passages, p => p.Text.StartsWith("People-centred: ", StringComparison.Ordinal));
        Assert.Equal(
            "People-centred: The Global Compact carries a strong human dimension to it, inherent to the migration experience itself. As a result, the Global Compact places individuals at its core.",
            principle.Text);
        Assert.Equal("Zero Draft, after ¶13", principle.Label);
        Assert.Null(principle.Paragraph);
    }

    [Fact]
    public void Parse_ObjectiveListAndActionsLead_AreNotQuotedAsPassages()
    {
        Assert.DoesNotContain(Passages, p => p.Text.StartsWith('|') || p.Text.StartsWith("(1)", StringComparison.Ordinal));
        Assert.DoesNotContain(Passages, p => p.Text == ZeroDraftParser.ActionsLead);
        Assert.Equal(22, Passages.Count(p => p.Kind == PassageKind.ObjectiveTitle));
        Assert.Equal(Titles[19], Passage("zd/obj20").Text);
    }

    [Fact]
    public void Parse_Passages_AreWellFormed()
    {
        PassageChecks.AssertWellFormed(Passages, DocumentIds.ZeroDraft);
        Assert.Equal(Draft.Objectives.Sum(o => o.Actions.Count), Passages.Count(p => p.Kind == PassageKind.Action));
    }

    private static Passage Passage(string id) => Assert.Single(Passages, p => p.Id == id);

    private static IEnumerable<string> Letters(int count) => Enumerable.Range('a', count).Select(c => ((char)c).ToString());
}
