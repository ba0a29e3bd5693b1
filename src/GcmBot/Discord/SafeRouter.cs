using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Discord;

/// <summary>The router as every Discord path calls it: a router failure becomes an error reply the user sees, logged here.</summary>
internal sealed class SafeRouter(ICommandRouter router, ILogger<SafeRouter> logger)
{
    /// <summary>What users see when the router throws; the log has the details.</summary>
    public static Reply FailureReply { get; } =
        Reply.Simple(ReplyKind.Error, "Something went wrong", "GcmBot could not answer this request. Please try again in a moment.");

    public async Task<Reply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await router.RouteAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.RouterFailed(logger, ex);
            return FailureReply;
        }
    }
}
