using GcmBot.Core.Diagnostics;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting;
using GcmBot.Hosting.RateLimiting;

namespace GcmBot.Pipeline;

/// <summary>
/// The one path every chat turn takes, whatever the surface: the rate limit, a logging scope and a trace span,
/// the router, metrics tagged with the command the router resolved, and one apology when anything fails.
/// Adapters only turn their payload into a <see cref="ChatRequest"/> and render the <see cref="ChatTurn.Reply"/>.
/// </summary>
public sealed class ChatPipeline(ICommandRouter router, ChatRateLimiter limiter, GcmBotMetrics metrics, TimeProvider time, ILogger<ChatPipeline> logger)
{
    /// <summary>What users see when answering fails, on every surface; the log has the details.</summary>
    public static Reply FailureReply { get; } =
        Reply.Simple(ReplyKind.Error, "Something went wrong", "GcmBot could not answer this just now. Please try again in a moment.");

    /// <summary>
    /// Takes the message's permit from the sender's and the conversation's budgets. Only an adapter that must decide
    /// before queueing (Teams, so a flood cannot fill its queue) calls this itself, then passes the verdict on.
    /// </summary>
    public RateVerdict Admit(ChatContext context) => limiter.Check(context);

    /// <summary>Admits the request, then answers it.</summary>
    public Task<ChatTurn> AnswerAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AnswerAsync(request, Admit(request.Context), cancellationToken);
    }

    /// <summary>Answers a request already admitted with <paramref name="verdict"/>; a refused one gets the refusal.</summary>
    public async Task<ChatTurn> AnswerAsync(ChatRequest request, RateVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Refusal is { } refusal)
        {
            return new ChatTurn(refusal, verdict.AlreadyTold);
        }

        var context = request.Context;
        using var scope = Log.Turn(logger, context.Surface.Name, context.ConversationId);

        // One span per chat turn; the search stage's span nests under it.
        using var span = Tracing.Source.StartActivity("chat turn");
        var started = time.GetTimestamp();
        try
        {
            var routed = await router.RouteAsync(request, cancellationToken);
            metrics.Answered(context.Surface.Name, routed.Command, time.GetElapsedTime(started));
            span?.SetTag("gcmbot.surface", context.Surface.Name).SetTag("gcmbot.command", routed.Command);
            return new ChatTurn(routed.Reply, AlreadyTold: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.AnswerFailed(logger, ex);
            return new ChatTurn(FailureReply, AlreadyTold: false);
        }
    }
}

/// <summary>
/// The pipeline's answer: the reply to render, and whether the sender was already told they are over the rate
/// limit this window (surfaces that can stay quiet then send nothing, so a flood is not echoed).
/// </summary>
public sealed record ChatTurn(Reply Reply, bool AlreadyTold);
