using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Sends interaction text to the router on the application's lifetime (not the HTTP request's), so a
/// deferred answer keeps working after the response is sent; a router failure becomes an error reply.
/// </summary>
internal sealed class InteractionRouting(ICommandRouter router, IHostApplicationLifetime lifetime, ILogger<InteractionRouting> logger)
{
    public Task<Reply> RouteAsync(string text, Interaction interaction) => RouteCoreAsync(InteractionChat.Request(text, interaction));

    private async Task<Reply> RouteCoreAsync(ChatRequest request)
    {
        try
        {
            return await router.RouteAsync(request, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            Log.RouterFailed(logger, ex);
            return FailureReply;
        }
    }

    /// <summary>What users see when the router throws; the log has the details.</summary>
    public static Reply FailureReply { get; } =
        Reply.Simple(ReplyKind.Error, "Something went wrong", "GcmBot could not answer this request. Please try again in a moment.");
}
