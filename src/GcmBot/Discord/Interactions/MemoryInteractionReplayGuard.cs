using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// The in-process <see cref="IInteractionReplayGuard"/>: ids kept for twice Discord:MaxSignatureAge (a
/// timestamp may be that far ahead or behind our clock and still verify), at most <see cref="Capacity"/> of
/// them. Ids expire in the order they arrived, so a queue finds the expired ones without a scan.
/// </summary>
internal sealed class MemoryInteractionReplayGuard(IOptions<DiscordOptions> options, TimeProvider time) : IInteractionReplayGuard
{
    /// <summary>Far beyond what one bot receives in ten minutes; only validly signed requests are counted.</summary>
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(DateTimeOffset Expires, string Id)> _order = new();

    public Task<ReplayVerdict> TryAcceptAsync(string interactionId, CancellationToken cancellationToken) =>
        Task.FromResult(TryAccept(interactionId));

    public ReplayVerdict TryAccept(string interactionId)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            while (_order.TryPeek(out var oldest) && oldest.Expires <= now)
            {
                _seen.Remove(_order.Dequeue().Id);
            }

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
}
