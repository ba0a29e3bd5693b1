using GcmBot.Core.Corpus.Model;
using GcmBot.Core.Corpus.Parsing;

namespace GcmBot.Core.Tests.Corpus.Parsing;

public sealed class IcmpdParserTests
{
    private static readonly Lazy<Parsed<SectionedDocument>> Lazy = new(() => IcmpdParser.Parse(TestCorpus.Files.Lines(DocumentIds.Icmpd), "ICMPD input"));

    private static IReadOnlyList<Passage> Passages => Lazy.Value.Passages;

    [Fact]
    public void Parse_Sections_AreThreePartsWithTheFiveObjectivesAndTheAnnexPerObjective()
    {
        var headings = Passages.Where(p => p.Kind == PassageKind.Heading).ToList();
        Assert.Equal(["1", "1.1", "1.2", "1.3", "1.4", "1.5", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.5"], headings.Select(h => h.Section));
        Assert.Equal(
            [
                "Fulfill human rights obligations with respect to migrants",
                "Reduce irregular migration and migrant smuggling, and end trafficking in persons",
                "Promote regular migration pathways",
                "Promote migrants' contributions in countries of origin, transit and destination",
                "Promote cooperation and partnership",
            ],
            headings.Skip(1).Take(5).Select(h => h.Text));
        Assert.Equal("Means of implementation and a framework for the follow-up and review", headings[6].Text);
        Assert.Equal("Annex of relevant frameworks for reference within the GCM", headings[7].Text);
        Assert.Equal(("icmpd/1.3", "ICMPD input §1.3"), (headings[3].Id, headings[3].Label));
    }

    [Fact]
    public void Parse_BulletSplitByAPageBreak_IsRejoined()
    {
        var bullet = Assert.Single(Passages, p => p.Label == "ICMPD input §1.1, bullet 2");
        Assert.Equal(
            "Member States should seek alternatives to detention, eliminate arbitrary detention and eliminate detention of children. Immigration detention should be an action of last resort, with alternatives implemented whenever possible (e.g. FRA's [compilation of legal resources](#) and the International Detention Coalition's [guidance](#)).",
            bullet.Text);
        Assert.Equal(PassageKind.Bullet, bullet.Kind);
    }

    [Fact]
    public void Parse_SubBullets_AreCountedUnderTheirBullet()
    {
        var objective4 = Passages.Where(p => p.Section == "1.4" && p.Kind == PassageKind.Bullet).ToList();
        Assert.Equal(14, objective4.Count);
        Assert.Equal(8, objective4.Count(p => !p.Label.Contains("sub-bullet", StringComparison.Ordinal)));
        Assert.Equal(5, objective4.Count(p => p.Label.StartsWith("ICMPD input §1.4, bullet 2, sub-bullet ", StringComparison.Ordinal)));
        var sub = Assert.Single(objective4, p => p.Label == "ICMPD input §1.4, bullet 2, sub-bullet 1");
        Assert.Equal("Improve integration processes in the country/community of residence (transit and destination).", sub.Text);
        Assert.Equal(
            "1. Structure and elements of a global compact for safe, orderly and regular migration (GCM), including Actionable Commitments › 4. Promote migrants' contributions in countries of origin, transit and destination",
            sub.Context);
    }

    [Fact]
    public void Parse_MeansOfImplementation_IsLabelledWithItsSubHeading()
    {
        var paragraph = Assert.Single(Passages, p => p.Label == "ICMPD input §2 — Means of implementation, paragraph 1");
        Assert.StartsWith("Policy and technical migration dialogues and programmes at the national and regional level", paragraph.Text, StringComparison.Ordinal);
        var review = Assert.Single(Passages, p => p.Label == "ICMPD input §2 — Framework for follow-up and review, paragraph 1");
        Assert.StartsWith("A framework for follow-up and review of implementation should similarly utilise", review.Text, StringComparison.Ordinal);
        Assert.EndsWith("Framework for follow-up and review", review.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Annex_ListsTheFrameworksPerObjective()
    {
        var frameworks = Assert.Single(Passages, p => p.Id == "icmpd/3.5/1");
        Assert.StartsWith("Global Forum on Migration and Development; international migration dialogues such as the Bali, Budapest, Khartoum, Prague and Rabat Processes;", frameworks.Text, StringComparison.Ordinal);
        Assert.Equal("ICMPD input §3.5, paragraph 1", frameworks.Label);
    }

    [Fact]
    public void Parse_Passages_AreWellFormed()
    {
        PassageChecks.AssertWellFormed(Passages, DocumentIds.Icmpd);
        Assert.Same(Passages, Lazy.Value.Document.Passages);
        Assert.DoesNotContain(Passages, p => p.Text.StartsWith("- ", StringComparison.Ordinal));
    }
}
