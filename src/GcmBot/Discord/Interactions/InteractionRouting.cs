using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Routes interaction text on the application's lifetime (not the HTTP request's), so a deferred
/// answer keeps working after the response is sent, and, while the app stops, until the shutdown
/// time limit runs out.
/// </summary>
internal sealed class InteractionRouting(SafeRouter router, FollowUpQueue followUps)
{
    public Task<Reply> RouteAsync(string text, Interaction interaction) =>
        router.RouteAsync(InteractionChat.Request(text, interaction), followUps.Deadline);
}
