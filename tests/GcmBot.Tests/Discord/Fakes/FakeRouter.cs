using System.Collections.Concurrent;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>Records every request; answers with <see cref="Answer"/> (by default, a reply echoing the text).</summary>
internal sealed class FakeRouter : ICommandRouter
{
    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    public Func<ChatRequest, CancellationToken, Task<Reply>> Answer { get; set; } =
        (request, _) => Task.FromResult(Reply.Simple(ReplyKind.Answer, "Echo", request.Text));

    public async Task<RoutedReply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return new RoutedReply(await Answer(request, cancellationToken), "fake");
    }

    public ChatRequest Single() => Assert.Single(Requests);
}
