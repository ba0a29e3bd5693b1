using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Discord.Rendering;

/// <summary>
/// Every reply the real router gives for the corpus (all 23 objectives page by page, every action,
/// every Progress Declaration paragraph, help) rendered for Discord: within every limit, quotes intact,
/// and each page in one message so paging buttons can update it in place.
/// </summary>
public sealed class RealRouterRenderingTests : IClassFixture<RealRouterRenderingTests.Router>
{
    private readonly ICommandRouter _router;
    private readonly ReplyRenderer _renderer = new();

    public RealRouterRenderingTests(Router fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _router = fixture.Instance;
    }

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var n in Enumerable.Range(1, 23))
        {
            data.Add($"objective {n}");
        }

        foreach (var text in new[] { "help", "about", "kenya", "kenya IV", "dates", "where detention", "what does it say about remittances" })
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Render_EveryPageOfTheRealReply_WithinLimitsQuotesIntactOneMessagePerPage(string command)
    {
        foreach (var reply in await AllPagesAsync(command))
        {
            var messages = _renderer.Render(reply);

            Assert.True(messages.Count == 1, $"{command} {reply.Page?.Describe()}: {messages.Count} messages");
            Assert.All(messages, m => Assert.Empty(DiscordLimits.Violations(m)));
            var words = RenderedText.Words(messages);
            foreach (var quote in Quotes(reply))
            {
                Assert.True(RenderedText.ContainsRun(words, quote), $"{command}: quote not rendered exactly: {quote[..Math.Min(60, quote.Length)]}");
            }
        }
    }

    [Theory]
    [InlineData("objective 13")]
    [InlineData("objective 6")]
    public async Task Render_ObjectiveFields_SitUnderTheTitleInTheFirstEmbed(string command)
    {
        var reply = (await _router.RouteAsync(new ChatRequest(command, new ChatContext(Surface.Discord, "c", "u")), CancellationToken.None)).Reply;

        var embeds = Assert.Single(_renderer.Render(reply)).Embeds;

        Assert.NotNull(embeds[0].Title);
        Assert.Equal(["Short name", "Reviewed in 2022"], embeds[0].Fields!.Select(f => f.Name));
        Assert.All(embeds.Skip(1), e => Assert.Null(e.Fields));
    }

    [Fact]
    public async Task Render_EveryActionOfEveryObjective_WithinLimitsQuoteIntact()
    {
        var rendered = 0;
        foreach (var n in Enumerable.Range(1, 23))
        {
            var letters = (await AllPagesAsync($"objective {n}")).SelectMany(r => r.Blocks.OfType<ActionListBlock>()).SelectMany(b => b.Items).Select(i => i.Letter);
            foreach (var letter in letters)
            {
                var reply = (await _router.RouteAsync(new ChatRequest($"objective {n} {letter}", Context), CancellationToken.None)).Reply;
                var messages = _renderer.Render(reply);
                Assert.Single(messages);
                Assert.Empty(DiscordLimits.Violations(messages[0]));
                Assert.All(Quotes(reply), q => Assert.True(RenderedText.ContainsRun(RenderedText.Words(messages), q), $"{n}({letter})"));
                rendered++;
            }
        }

        Assert.True(rendered > 150, $"only {rendered} actions");
    }

    [Fact]
    public async Task Render_EveryProgressDeclarationParagraph_WithinLimits()
    {
        foreach (var n in Enumerable.Range(1, 77))
        {
            foreach (var reply in await AllPagesAsync($"paragraph {n}"))
            {
                Assert.All(_renderer.Render(reply), m => Assert.Empty(DiscordLimits.Violations(m)));
            }
        }
    }

    private static readonly ChatContext Context = new(Surface.Discord, "1", "2", CanManageSubscriptions: false);

    private async Task<List<Reply>> AllPagesAsync(string command)
    {
        var pages = new List<Reply> { (await _router.RouteAsync(new ChatRequest(command, Context), CancellationToken.None)).Reply };
        while (pages[^1].Page is { } page && page.Number < page.Count)
        {
            var next = pages[^1].Actions.Single(a => a.Label == "Next page").Command;
            pages.Add((await _router.RouteAsync(new ChatRequest(next, Context), CancellationToken.None)).Reply);
        }

        return pages;
    }

    private static IEnumerable<string> Quotes(Reply reply) =>
        reply.Blocks.OfType<QuoteBlock>().Select(q => q.Text)
            .Concat(reply.Blocks.OfType<ActionListBlock>().SelectMany(l => l.Items).Select(i => i.Text));

    /// <summary>
    /// The real app (Discord off), shared by the tests: only its router is used, with the real
    /// cross-references, so objective replies are as long as users see them.
    /// </summary>
    public sealed class Router : IDisposable
    {
        private readonly GcmBotFactory _factory = new();

        public ICommandRouter Instance => _factory.Services.GetRequiredService<ICommandRouter>();

        public void Dispose() => _factory.Dispose();
    }
}
