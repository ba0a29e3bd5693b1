using GcmBot.Core.Diagnostics;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Hosting;

/// <summary>The router as DI hands it out: counts each answer and times it, tagged by surface and command.</summary>
internal sealed class MeteredRouter(CommandRouter inner, GcmBotMetrics metrics, TimeProvider time) : ICommandRouter
{
    public async Task<Reply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One span per chat turn; the search stage's span nests under it.
        using var turn = Tracing.Source.StartActivity("chat turn");
        var started = time.GetTimestamp();
        var reply = await inner.RouteAsync(request, cancellationToken);
        var command = inner.CommandOf(request.Text);
        metrics.Answered(request.Context.Surface, command, time.GetElapsedTime(started));
        turn?.SetTag("gcmbot.surface", request.Context.Surface).SetTag("gcmbot.command", command);
        return reply;
    }
}
