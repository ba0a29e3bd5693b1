using GcmBot.Core.Replies;

namespace GcmBot.Core.Tests.Routing;

public sealed class CommandRouterTests
{
    private readonly Core.Routing.CommandRouter _router = RouterFixture.Create();

    [Theory]
    [InlineData("objective 13")]
    [InlineData("/objective 13")]
    [InlineData("OBJECTIVE   13")]
    [InlineData("obj 13")]
    [InlineData("13")]
    [InlineData("@GcmBot objective 13")]
    [InlineData("<@42> /objective 13")]
    public async Task RouteAsync_ObjectiveForms_ShowObjective13WithAllEightActions(string text)
    {
        var reply = await _router.RouteAsync(text);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", reply.Title);
        var actions = reply.Blocks.OfType<ActionListBlock>().SelectMany(b => b.Items).ToList();
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], actions.Select(a => a.Letter));
        Assert.Equal("GCM objective 13(h)", actions[7].Citation);
    }

    [Theory]
    [InlineData("obj 13h")]
    [InlineData("13(h)")]
    [InlineData("objective 13 h")]
    [InlineData("/objective 13 (H)")]
    public async Task RouteAsync_ActionForms_QuoteOneActionExactly(string text)
    {
        var reply = await _router.RouteAsync(text);
        var quote = Assert.IsType<QuoteBlock>(Assert.Single(reply.Blocks));
        Assert.Equal("GCM objective 13(h)", quote.Citation);
        Assert.StartsWith("Protect and respect the rights and best interests of the child at all times", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("objective 0", "objectives 1 to 23")]
    [InlineData("objective 24", "objectives 1 to 23")]
    [InlineData("/objective 999", "objectives 1 to 23")]
    [InlineData("objective abc", "from 1 to 23")]
    [InlineData("objective 13z", "(a) to (h)")]
    public async Task RouteAsync_BadObjective_NamesTheValidRange(string text, string expected)
    {
        var reply = await _router.RouteAsync(text);
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains(expected, reply.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_Objective20_ShowsCorrectedTitleNoteAndLabelledZeroDraft()
    {
        var reply = await _router.RouteAllPagesAsync("objective 20");
        Assert.Equal("Objective 20: Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", reply.Title);
        var text = reply.AllText();
        Assert.Contains("not in GcmBot's sources", text, StringComparison.Ordinal);
        Assert.Contains("Zero Draft of 5 February 2018", text, StringComparison.Ordinal);
        var items = reply.Blocks.OfType<ActionListBlock>().SelectMany(b => b.Items).ToList();
        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h"], items.Select(i => i.Letter));
        Assert.All(items, i => Assert.StartsWith("Zero Draft objective 20(", i.Citation, StringComparison.Ordinal));
        Assert.DoesNotContain("Minimize the adverse drivers", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_Objective20Action_QuotesTheZeroDraftAction()
    {
        var reply = await _router.RouteAsync("20(d)");
        var item = Assert.Single(reply.Blocks.OfType<ActionListBlock>().SelectMany(b => b.Items));
        Assert.Equal("Zero Draft objective 20(d)", item.Citation);
    }

    [Theory]
    [InlineData("paragraph 67")]
    [InlineData("pd 67")]
    [InlineData("/PD 67")]
    [InlineData("¶67")]
    public async Task RouteAsync_ParagraphForms_QuoteProgressDeclarationParagraph(string text)
    {
        var reply = await _router.RouteAsync(text);
        var quote = Assert.IsType<QuoteBlock>(reply.Blocks[0]);
        Assert.Equal("Progress Declaration ¶67", quote.Citation);
        Assert.StartsWith("We commit to redoubling our efforts to reduce the average transaction cost of migrant remittances", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pd 0")]
    [InlineData("pd 78")]
    [InlineData("paragraph x")]
    public async Task RouteAsync_BadParagraph_NamesTheRange(string text)
    {
        var reply = await _router.RouteAsync(text);
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("paragraphs 1 to 77", reply.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_Paragraph45_IncludesItsFootnote()
    {
        var reply = await _router.RouteAsync("pd 45");
        Assert.Contains(reply.Blocks.OfType<QuoteBlock>(), q => q.Citation == "Progress Declaration footnote 5");
    }

    [Theory]
    [InlineData("kenya IV")]
    [InlineData("kenya 4")]
    [InlineData("Kenya section IV")]
    [InlineData("kenya §iv")]
    public async Task RouteAsync_KenyaSection_QuotesItsItemsWithCitations(string text)
    {
        var reply = await _router.RouteAsync(text);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.StartsWith("Kenya position §IV", reply.Title, StringComparison.Ordinal);
        Assert.Contains(reply.Blocks.OfType<HeadingBlock>(), h => h.Text.Contains("Strategy on Remittances", StringComparison.Ordinal));
        Assert.All(reply.Blocks.OfType<QuoteBlock>(), q => Assert.StartsWith("Kenya position §IV", q.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteAsync_KenyaAlone_ListsTheSixSections()
    {
        var reply = await _router.RouteAsync("kenya");
        Assert.Equal(["kenya I", "kenya II", "kenya III", "kenya IV", "kenya V", "kenya VI"], reply.Actions.Select(a => a.Command));
    }

    [Fact]
    public async Task RouteAsync_KenyaUnknownSection_IsAFriendlyError()
    {
        var reply = await _router.RouteAsync("kenya IX");
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("sections I to VI", reply.AllText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("help")]
    [InlineData("/help")]
    [InlineData("@GcmBot")]
    public async Task RouteAsync_EmptyOrHelp_ShowsHelp(string text) =>
        Assert.Equal(ReplyKind.Help, (await _router.RouteAsync(text)).Kind);

    [Theory]
    [InlineData("/frobnicate")]
    [InlineData("/objectve 13")]
    public async Task RouteAsync_UnknownSlashCommand_GivesShortHelpWithExamples(string text)
    {
        var reply = await _router.RouteAsync(text);
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("objective 13", reply.AllText(), StringComparison.Ordinal);
        Assert.Contains(reply.Actions, a => a.Command == "help");
    }

    [Fact]
    public async Task RouteAsync_TenKilobytes_IsAFriendlyError()
    {
        var reply = await _router.RouteAsync(new string('a', 10_240));
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("2,000", reply.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_ControlCharacters_AreIgnored()
    {
        var reply = await _router.RouteAsync("\u0001objective\u0000 \u200B13\u0007");
        Assert.Equal("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", reply.Title);
    }

    [Fact]
    public async Task RouteAsync_About_ListsDocumentsAndEveryCorrection()
    {
        var text = (await _router.RouteAllPagesAsync("about")).AllText();
        Assert.Contains("Progress Declaration of the International Migration Review Forum", text, StringComparison.Ordinal);
        Assert.Contains("\"Paris Agreement4 and\" → \"Paris Agreement and\"", text, StringComparison.Ordinal);
        Assert.Contains("migrants in 26 countries of destination", text, StringComparison.Ordinal);
        Assert.Contains("Objective 20:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_ObjectiveList_QuotesAll23Titles()
    {
        var all = (await _router.RouteAllPagesAsync("objective")).Blocks.OfType<QuoteBlock>().ToList();
        Assert.Equal(23, all.Count);
        Assert.Equal("GCM objective 20", all[19].Citation);
    }
}
