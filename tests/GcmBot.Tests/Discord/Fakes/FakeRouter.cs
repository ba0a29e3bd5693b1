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

    /// <summary>
    /// From now on answers with a reply titled <paramref name="title"/> (echoing the text, on <paramref name="page"/>
    /// if given) only once the test releases it: for tests that must see the app defer, or stop, with an answer under way.
    /// </summary>
    public HeldAnswer HoldAnswers(string title, PageInfo? page = null)
    {
        var held = new HeldAnswer();
        Answer = async (request, ct) =>
        {
            held.Entered.TrySetResult();
            await held.Released.Task.WaitAsync(ct);
            var reply = Reply.Simple(ReplyKind.Answer, title, request.Text);
            return page is null ? reply : reply with { Page = page };
        };
        return held;
    }
}

/// <summary>An answer the router holds back: <see cref="Entered"/> once a request reached it, set <see cref="Released"/> to let it go.</summary>
internal sealed class HeldAnswer
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
