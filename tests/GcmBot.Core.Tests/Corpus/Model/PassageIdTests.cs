using GcmBot.Core.Corpus.Model;

namespace GcmBot.Core.Tests.Corpus.Model;

public sealed class PassageIdTests
{
    // Expected ids are the documented format (prefix, then slash-separated parts), written out by hand.
    [Fact]
    public void Builders_FollowTheDocumentedFormat()
    {
        Assert.Equal("gcm/20", PassageId.Objective(20));
        Assert.Equal("gcm/20/b", PassageId.Action(20, "b"));
        Assert.Equal("pd/12", PassageId.PdParagraph(12));
        Assert.Equal("pd/fn/3", PassageId.PdFootnote(3));
        Assert.Equal("zd/44/c", PassageId.Paragraph(DocumentIds.ZeroDraft, 44, "c"));
        Assert.Equal("zd/obj3/a", PassageId.ZeroDraftAction(3, "a"));
        Assert.Equal("report/annex-i/4", PassageId.AnnexParagraph(DocumentIds.DelegationReport, "I", 4));
        Assert.Equal("sg/p3", PassageId.Unnumbered(DocumentIds.SecretaryGeneralReport, 3));
        Assert.Equal("nyd/12/b2", PassageId.Bullet(PassageId.Paragraph(DocumentIds.NewYorkDeclaration, 12), 2));
        Assert.Equal("kenya/iv/0/2", PassageId.KenyaItem("iv", 0, 2));
        Assert.Equal("icmpd/2/5", PassageId.IcmpdItem("2", 5));
    }

    [Fact]
    public void Parse_EveryCorpusPassage_NamesItsOwnDocument()
    {
        var passages = TestCorpus.Corpus.Passages;
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal(p.DocumentId, PassageId.DocumentOf(p.Id)));
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Parse_ObjectiveAction_GivesItsParts()
    {
        Assert.Equal(["20", "b"], PassageId.PartsOf(PassageId.Action(20, "b")));
        Assert.Equal(DocumentIds.Objectives, PassageId.DocumentOf("gcm/20/b"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("gcm")]
    [InlineData("/20")]
    [InlineData("nope/1")]
    public void Parse_UnknownOrMalformed_IsNull(string id) => Assert.Null(PassageId.DocumentOf(id));
}
