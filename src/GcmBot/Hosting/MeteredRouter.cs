using GcmBot.Core.Replies;
using GcmBot.Core.Routing;

namespace GcmBot.Hosting;

/// <summary>The router as DI hands it out: counts each answer and times it, tagged by surface and command.</summary>
internal sealed class MeteredRouter(CommandRouter inner, GcmBotMetrics metrics, TimeProvider time) : ICommandRouter
{
    public async Task<Reply> RouteAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        var reply = await inner.RouteAsync(request, cancellationToken);
        metrics.Answered(request.Context.Surface, inner.CommandOf(request.Text), time.GetElapsedTime(started));
        return reply;
    }
}
