using GcmBot.Core.Handlers;
using GcmBot.Core.Replies;
using GcmBot.Core.Tests.Answers;
using GcmBot.Core.Tests.Routing;

namespace GcmBot.Core.Tests.Handlers;

public sealed class AskAndWhereCommandHandlerTests
{
    private static readonly Core.Routing.CommandRouter Router = RouterFixture.Create(
        new AskCommandHandler(AnswersTestCorpus.Engine), new WhereCommandHandler(AnswersTestCorpus.Engine));

    [Fact]
    public async Task Router_FreeText_IsAnsweredByAsk()
    {
        var reply = await Router.RouteAsync("what does it say about remittances");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains(reply.Blocks, b => b is HeadingBlock { Text: "Objective 20 — Remittances" });
    }

    [Fact]
    public async Task Router_WhereObjective_GivesCrossReferences()
    {
        var reply = await Router.RouteAllPagesAsync("where objective 20");

        Assert.Equal("Objective 20: where else it appears", reply.Title);
        Assert.Contains(reply.Blocks.OfType<QuoteBlock>(), q => q.PassageId == "pd/67");
    }

    [Fact]
    public async Task Router_WhereTopic_QuotesDeclarationAndKenyaOnly()
    {
        var reply = await Router.RouteAllPagesAsync("where detention");

        Assert.All(reply.Blocks.OfType<QuoteBlock>(), q => Assert.Matches("^(pd|kenya)/", q.PassageId));
    }

    [Fact]
    public async Task Router_WhereQuestion_IsAnsweredAsAQuestion()
    {
        var reply = await Router.RouteAsync("where does it talk about remittances?");

        Assert.Contains(reply.Blocks, b => b is HeadingBlock { Text: "Objective 20 — Remittances" });
    }

    [Fact]
    public async Task Router_WhereAlone_ExplainsWhatToType() =>
        Assert.Equal(ReplyKind.Help, (await Router.RouteAsync("where")).Kind);
}
