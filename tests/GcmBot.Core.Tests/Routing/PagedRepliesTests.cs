using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Core.Tests.Routing;

/// <summary>
/// The router keeps the pages it served with the reply object they were cut from: a fixed reply (built once, as an
/// objective's is) gives the same page object each time, and its page buttons stay remembered as long as it is shown.
/// </summary>
public sealed class PagedRepliesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task FixedLongReply_SamePageObjectEachTime_ByTextOrByToken()
    {
        var router = Router(new FixedAnswer());

        var first = await RouteAsync(router, "ask fixed");
        var again = await RouteAsync(router, "ask fixed");
        var next = Assert.Single(first.Actions, a => a.Label == "Next page").Command;

        Assert.Same(first, again);
        Assert.Equal(1, first.Page?.Number);
        Assert.Same(await RouteAsync(router, "ask fixed page 2"), await RouteAsync(router, next));
    }

    [Fact]
    public async Task KeptPage_ShownAgain_KeepsItsButtonsRememberedForAnotherDay()
    {
        var router = Router(new FixedAnswer());
        var next = (await RouteAsync(router, "ask fixed")).Actions[0].Command;

        // Shown again (from the kept page) an hour before the token would expire; two hours later the button still works.
        _time.Advance(PageTokens.Lifetime - TimeSpan.FromHours(1));
        await RouteAsync(router, "ask fixed");
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(2, (await RouteAsync(router, next)).Page?.Number);
    }

    [Fact]
    public async Task SameReply_OtherSpellings_EachGetsItsOwnTokens()
    {
        var router = Router(new FixedAnswer());

        // More spellings than the pages kept per reply: past the bound pages are cut afresh, still with their own tokens.
        foreach (var i in Enumerable.Range(0, PagedReplies.KeptPerReply + 4))
        {
            // A token is a hash of the command, the same from any PageTokens (PageTokensTests), so it is worked out here.
            var own = new PageTokens(new FakeTimeProvider()).For(new CommandLine("ask", $"spelling {i}", null), 2);
            var first = await RouteAsync(router, $"ask spelling {i}");
            Assert.Equal(own, Assert.Single(first.Actions, a => a.Label == "Next page").Command);
            Assert.Equal(2, (await RouteAsync(router, own)).Page?.Number);
        }
    }

    [Fact]
    public async Task ReplyBuiltPerRequest_NewPageEachTime_SameContent()
    {
        var router = Router(new FreshAnswer());

        var first = await RouteAsync(router, "ask fresh");
        var second = await RouteAsync(router, "ask fresh");

        Assert.NotSame(first, second);
        Assert.Equal(first.Blocks, second.Blocks);
        Assert.Equal(first.Actions, second.Actions);
    }

    private CommandRouter Router(ICommandHandler handler) => new([handler], new PageTokens(_time));

    private static async Task<Reply> RouteAsync(CommandRouter router, string text) =>
        (await router.RouteAsync(new ChatRequest(text, RouterFixture.Context), CancellationToken.None)).Reply;

    // Five quotes of 2,000 characters: two fit the paginator's 4,500-character page, so three pages.
    private static Reply Long() => new(
        ReplyKind.Answer,
        "Long",
        [.. Enumerable.Range(1, 5).Select(n => (ReplyBlock)new QuoteBlock(new string('q', 2000) + n, "Source", $"s/{n}"))],
        [],
        []);

    /// <summary>One reply object for every request, as ObjectiveReplies hands out an objective's.</summary>
    private sealed class FixedAnswer : ICommandHandler
    {
        private readonly Reply _reply = Long();

        public IReadOnlyList<string> Names { get; } = ["ask"];

        public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) => Task.FromResult(_reply);
    }

    private sealed class FreshAnswer : ICommandHandler
    {
        public IReadOnlyList<string> Names { get; } = ["ask"];

        public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) => Task.FromResult(Long());
    }
}
