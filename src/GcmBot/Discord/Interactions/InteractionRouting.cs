using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;
using GcmBot.Hosting.RateLimiting;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Routes interaction text on the application's lifetime (not the HTTP request's), so a deferred
/// answer keeps working after the response is sent, and, while the app stops, until the shutdown
/// time limit runs out. Past the rate limit the answer is the limiter's refusal, an Error reply,
/// which the responder shows only to the user who asked.
/// </summary>
internal sealed class InteractionRouting(SafeRouter router, ChatRateLimiter limiter, FollowUpQueue followUps)
{
    public Task<Reply> RouteAsync(string text, Interaction interaction)
    {
        var request = InteractionChat.Request(text, interaction);
        return limiter.Check(request.Context) is { Refusal: { } refusal }
            ? Task.FromResult(refusal)
            : router.RouteAsync(request, followUps.Deadline);
    }
}
