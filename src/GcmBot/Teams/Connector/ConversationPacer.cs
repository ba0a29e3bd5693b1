using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Connector;

/// <summary>
/// Serialises sends per conversation and keeps Teams:ConversationPacing between them, because Teams
/// throttles each bot per thread (about 7 per second, 60 per 30 seconds, 1800 per hour).
/// </summary>
internal sealed class ConversationPacer(IOptions<TeamsOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Lane> lanes = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var lane = lanes.GetOrAdd(conversationId, _ => new Lane());
        await lane.Turn.WaitAsync(cancellationToken);
        try
        {
            var wait = lane.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            lane.Turn.Release();
            throw;
        }

        return new Exit(this, lane);
    }

    private void Leave(Lane lane)
    {
        lane.NextAllowed = time.GetUtcNow() + options.Value.ConversationPacing;
        lane.Turn.Release();
    }

    private sealed class Lane
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Exit(ConversationPacer pacer, Lane lane) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                pacer.Leave(lane);
            }
        }
    }
}
