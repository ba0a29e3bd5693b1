using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Tests.Fakes;

/// <summary>
/// A real <see cref="CommandRouter"/> (real pagination, real page tokens) over one test handler, "ask", whose answer is
/// seven numbered quotes of the question, each padded to 2,000 characters: two fit a 4,500-character page, so every
/// question gets four pages, page 2 starting with quote #3.
/// </summary>
internal sealed class PagedAnswers
{
    /// <summary>The longest text the router reads (2,000 characters) as "ask " and a question.</summary>
    public static readonly string LongestAsk = "ask " + string.Join(' ', Enumerable.Repeat("remittances", 200))[..(CommandLine.MaxLength - 4)];

    public CommandRouter Router { get; } = new([new Quotes()]);

    public async Task<Reply> ReplyAsync(ChatRequest request, CancellationToken cancellationToken) =>
        (await Router.RouteAsync(request, cancellationToken)).Reply;

    private sealed class Quotes : ICommandHandler
    {
        public IReadOnlyList<string> Names { get; } = ["ask"];

        public Task<Reply> HandleAsync(string arguments, ChatContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new Reply(
                ReplyKind.Answer,
                "Quotes",
                [.. Enumerable.Range(1, 7).Select(n => (ReplyBlock)new QuoteBlock($"#{n} {arguments}".PadRight(2000, '.'), "Source", $"s/{n}"))],
                [],
                []));
    }
}
