using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Core.Tests.Routing;

/// <summary>Page buttons carry a short token for the command, not its text: any question can be paged.</summary>
public sealed class PageTokensTests
{
    // CommandLine.MaxLength (2,000) is the longest text the router reads: "ask " + 1,996 characters.
    private static readonly string LongestQuestion = string.Join(' ', Enumerable.Repeat("remittances", 200))[..1996];

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task NextPage_OfThe2000CharacterQuestion_IsAShortTokenThatOpensPage2()
    {
        var router = Router(new PageTokens(_time));

        var first = (await router.RouteAsync(Request("ask " + LongestQuestion), CancellationToken.None)).Reply;
        var next = Assert.Single(first.Actions, a => a.Label == "Next page").Command;
        var second = await router.RouteAsync(Request(next), CancellationToken.None);

        // Discord's custom_id holds 100 characters, "gcm:" included; the token is far shorter.
        Assert.True(next.Length <= 20, next);
        Assert.Equal((1, 4), (first.Page!.Number, first.Page.Count));
        Assert.Equal((2, 4, "ask"), (second.Reply.Page!.Number, second.Reply.Page.Count, second.Command));
        Assert.Equal(LongestQuestion + " #3", ((QuoteBlock)second.Reply.Blocks[0]).Text);
    }

    [Fact]
    public void For_SameCommandAndPage_SameTokenAcrossInstances_OtherPageOrCommandDiffers()
    {
        var command = new CommandLine("objective", "13", null);

        var token = new PageTokens(_time).For(command, 2);

        Assert.Equal(token, new PageTokens(new FakeTimeProvider()).For(command with { Page = 5 }, 2));
        Assert.NotEqual(token, new PageTokens(_time).For(command, 3));
        Assert.NotEqual(token, new PageTokens(_time).For(command with { Arguments = "14" }, 2));
        Assert.Matches(@"^~[A-Za-z0-9_-]{12}\.2$", token);
    }

    [Fact]
    public async Task AliasAndFullName_ShareTheirTokens()
    {
        var router = Router(new PageTokens(_time));

        var byAlias = (await router.RouteAsync(Request("a " + LongestQuestion), CancellationToken.None)).Reply;
        var byName = (await router.RouteAsync(Request("ask " + LongestQuestion), CancellationToken.None)).Reply;

        Assert.Equal(byName.Actions, byAlias.Actions);
    }

    [Fact]
    public async Task Token_AfterItsLifetime_TheExpiredReplyAndNothingRuns()
    {
        var router = Router(new PageTokens(_time));
        var next = (await router.RouteAsync(Request("ask " + LongestQuestion), CancellationToken.None)).Reply.Actions[0].Command;

        _time.Advance(PageTokens.Lifetime);
        var expired = await router.RouteAsync(Request(next), CancellationToken.None);

        Assert.Same(PageTokens.Expired, expired.Reply);
        Assert.Equal("expired_page", expired.Command);
    }

    [Fact]
    public async Task UnknownToken_TheExpiredReply()
    {
        var routed = await Router(new PageTokens(_time)).RouteAsync(Request("~AAAAAAAAAAAA.2"), CancellationToken.None);

        Assert.Same(PageTokens.Expired, routed.Reply);
    }

    [Fact]
    public void For_PastCapacity_ForgetsTheOldestCommand()
    {
        var tokens = new PageTokens(_time);
        var first = tokens.For(new CommandLine("ask", "q0", null), 2);

        for (var i = 1; i <= PageTokens.Capacity; i++)
        {
            tokens.For(new CommandLine("ask", $"q{i}", null), 2);
        }

        Assert.Equal(PageTokens.Capacity, tokens.Count);
        Assert.Null(tokens.Find(first));
        Assert.Equal("q1", tokens.Find(tokens.For(new CommandLine("ask", "q1", null), 2))?.Arguments);
    }

    private static ChatRequest Request(string text) => new(text, RouterFixture.Context);

    private static CommandRouter Router(PageTokens tokens) => new([new LongAnswer()], tokens);

    /// <summary>
    /// Seven numbered quotes of the question. Each is about 2,000 characters, so two fit the paginator's 4,500-character
    /// page: four pages, page 2 starting with quote #3.
    /// </summary>
    private sealed class LongAnswer : ICommandHandler
    {
        public IReadOnlyList<string> Names { get; } = ["ask", "a"];

        public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new Reply(
                ReplyKind.Answer,
                "Quotes",
                [.. Enumerable.Range(1, 7).Select(n => (ReplyBlock)new QuoteBlock($"{arguments} #{n}", "Source", $"s/{n}"))],
                [],
                []));
    }
}
