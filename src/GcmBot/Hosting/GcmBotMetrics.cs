using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GcmBot.Hosting;

/// <summary>
/// The app's instruments on the "GcmBot" meter (names and tags in README-observability.md). Created
/// through <see cref="IMeterFactory"/>, so each host (and each test's host) has its own meter.
/// Tag values are fixed sets (surfaces, command names, route templates): never user text or ids.
/// </summary>
public sealed class GcmBotMetrics
{
    public const string MeterName = "GcmBot";

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _rateLimitWaits;
    private readonly Counter<long> _digestSends;
    private readonly Counter<long> _digestFailures;
    private readonly Counter<long> _heapTrims;

    public GcmBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("gcmbot.questions", "{question}", "Messages and commands the router answered.");
        _answerDuration = meter.CreateHistogram<double>("gcmbot.answer.duration", "ms", "Time the router took to answer.");
        _reconnects = meter.CreateCounter<long>("gcmbot.adapter.reconnects", "{reconnect}", "Chat platform connections re-established after a drop.");
        _rateLimitWaits = meter.CreateCounter<long>("gcmbot.ratelimit.waits", "{wait}", "Calls held back by a platform's rate limit.");
        _digestSends = meter.CreateCounter<long>("gcmbot.digest.sends", "{digest}", "Daily digests posted.");
        _digestFailures = meter.CreateCounter<long>("gcmbot.digest.failures", "{digest}", "Daily digest posts that failed.");
        _heapTrims = meter.CreateCounter<long>("gcmbot.memory.trims", "{trim}", "Heap compactions after a busy spell was followed by quiet.");
    }

    public void Answered(string surface, string command, TimeSpan elapsed)
    {
        var tags = new TagList { { "surface", surface }, { "command", command } };
        _questions.Add(1, tags);
        _answerDuration.Record(elapsed.TotalMilliseconds, tags);
    }

    public void Reconnected(string adapter) => _reconnects.Add(1, new KeyValuePair<string, object?>("adapter", adapter));

    /// <param name="bucket">What was limited: a route template, never a concrete URL (those can hold tokens).</param>
    public void RateLimitWaited(string adapter, string bucket) =>
        _rateLimitWaits.Add(1, new KeyValuePair<string, object?>("adapter", adapter), new KeyValuePair<string, object?>("bucket", bucket));

    public void DigestSent(string surface) => _digestSends.Add(1, new KeyValuePair<string, object?>("surface", surface));

    /// <param name="outcome">
    /// "retry" (tried again later), "given_up" (no attempts left), "gone" (channel refused; subscription paused) or
    /// "unconfirmed" (no answer in time from a platform without an idempotency key; not posted again).
    /// </param>
    public void DigestFailed(string surface, string outcome) =>
        _digestFailures.Add(1, new KeyValuePair<string, object?>("surface", surface), new KeyValuePair<string, object?>("outcome", outcome));

    public void HeapTrimmed() => _heapTrims.Add(1);
}
