using System.Collections.Concurrent;
using System.Data.Common;

namespace GcmBot.Digest;

/// <summary>
/// Records posted digests as sent. When the database refuses (locked, read-only, disk full) the post
/// is remembered here: the dispatcher never posts that day again, and each run tries the record again
/// until the database takes it. Only a restart of this process before then could forget it.
/// </summary>
internal sealed class UnrecordedSends(ISendLedger ledger, ILogger logger)
{
    private readonly ConcurrentDictionary<(long Subscription, DateOnly Day), (DateTimeOffset At, bool Confirmed)> _pending = new();

    public int Count => _pending.Count;

    public bool Contains(long subscriptionId, DateOnly day) => _pending.ContainsKey((subscriptionId, day));

    /// <param name="confirmed">False when the post got no answer in time: it may have been shown, so it counts as posted.</param>
    public async Task RecordAsync(long subscriptionId, DateOnly day, DateTimeOffset at, bool confirmed)
    {
        try
        {
            await ledger.MarkSentAsync(subscriptionId, day, at, confirmed, CancellationToken.None);
            if (_pending.TryRemove((subscriptionId, day), out _))
            {
                logger.SentRecordedLate(day, subscriptionId);
            }
        }
        catch (DbException e)
        {
            if (_pending.TryAdd((subscriptionId, day), (at, confirmed)))
            {
                logger.SentNotRecorded(e, day, subscriptionId);
            }
        }
    }

    public async Task RetryAsync()
    {
        foreach (var ((subscriptionId, day), (at, confirmed)) in _pending)
        {
            await RecordAsync(subscriptionId, day, at, confirmed);
        }
    }
}
