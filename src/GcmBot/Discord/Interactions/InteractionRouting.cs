using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;
using GcmBot.Pipeline;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// Routes interaction text on the application's lifetime (not the HTTP request's), so a deferred
/// answer keeps working after the response is sent, and, while the app stops, until the shutdown
/// time limit runs out. Past the rate limit the answer is the limiter's refusal, an Error reply,
/// which the responder shows only to the user who asked.
/// </summary>
internal sealed class InteractionRouting(ChatPipeline pipeline, FollowUpQueue followUps)
{
    /// <summary>A button's text (or a page token), parsed by the router.</summary>
    public Task<Reply> RouteAsync(string text, Interaction interaction) =>
        AnswerAsync(new ChatRequest(text, InteractionChat.Context(interaction)));

    /// <summary>A slash command whose options already name the command: the router does not parse text.</summary>
    public Task<Reply> RouteAsync(CommandLine command, Interaction interaction) =>
        AnswerAsync(ChatRequest.For(command, InteractionChat.Context(interaction)));

    private async Task<Reply> AnswerAsync(ChatRequest request) => (await pipeline.AnswerAsync(request, followUps.Deadline)).Reply;
}
