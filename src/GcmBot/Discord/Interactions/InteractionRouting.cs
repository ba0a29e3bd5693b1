using GcmBot.Core.Replies;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Routes interaction text on the application's lifetime (not the HTTP request's), so a deferred
/// answer keeps working after the response is sent.
/// </summary>
internal sealed class InteractionRouting(SafeRouter router, IHostApplicationLifetime lifetime)
{
    public Task<Reply> RouteAsync(string text, Interaction interaction) =>
        router.RouteAsync(InteractionChat.Request(text, interaction), lifetime.ApplicationStopping);
}
