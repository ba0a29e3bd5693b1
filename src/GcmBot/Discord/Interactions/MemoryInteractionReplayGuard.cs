using GcmBot.Hosting.Memory;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// The in-process <see cref="IInteractionReplayGuard"/>: ids kept for twice Discord:MaxSignatureAge (a
/// timestamp may be that far ahead or behind our clock and still verify), at most <see cref="Capacity"/> of
/// them. Ids expire in the order they arrived, so a queue finds the expired ones without a scan. Expired ids go on
/// the next interaction, or on the idle trim's sweep when none comes (a busy spell's ids were megabytes).
/// </summary>
internal sealed class MemoryInteractionReplayGuard(IOptions<DiscordOptions> options, TimeProvider time) : IInteractionReplayGuard, IIdleSweep
{
    /// <summary>Far beyond what one bot receives in ten minutes; only validly signed requests are counted.</summary>
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(DateTimeOffset Expires, string Id)> _order = new();

    /// <summary>Ids remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    /// <summary>Forgets the expired ids and gives back the room the tables grew to hold them.</summary>
    public void SweepIdle()
    {
        lock (_gate)
        {
            ForgetExpired(time.GetUtcNow());
            _seen.TrimExcess();
            _order.TrimExcess();
        }
    }

    public Task<ReplayVerdict> TryAcceptAsync(string interactionId, CancellationToken cancellationToken) =>
        Task.FromResult(TryAccept(interactionId));

    public ReplayVerdict TryAccept(string interactionId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            ForgetExpired(now);
            if (_seen.Contains(interactionId))
            {
                return ReplayVerdict.Replayed;
            }

            if (_seen.Count >= Capacity)
            {
                return ReplayVerdict.Full;
            }

            _seen.Add(interactionId);
            _order.Enqueue((now + (2 * options.Value.MaxSignatureAge), interactionId));
            return ReplayVerdict.Accepted;
        }
    }

    private void ForgetExpired(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && oldest.Expires <= now)
        {
            _seen.Remove(_order.Dequeue().Id);
        }
    }
}
