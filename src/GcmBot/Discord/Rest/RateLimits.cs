using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using GcmBot.Hosting.Lanes;
using GcmBot.Hosting.Memory;

namespace GcmBot.Discord.Rest;

/// <summary>
/// What Discord's rate-limit headers said: per bucket and top-level resource, the calls left and when the
/// bucket resets, plus a global pause after a global 429. Limits are learned, never hard-coded.
/// Gates and buckets keyed by a resource (each interaction's webhook token is one) are swept once unused
/// and reset, so the maps hold the live resources only: by the next call's sweep once a minute, or by the
/// idle trim's sweep when no call comes.
/// </summary>
internal sealed class RateLimits(TimeProvider time) : IIdleSweep
{
    /// <summary>How often unused gates and reset buckets are swept away.</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly KeyedLanes<Lane> _gates = new();
    private readonly SweepSchedule _sweep = new(time, SweepEvery);
    private long _globalUntilTicks;

    /// <summary>Gates and buckets held (for tests and diagnostics).</summary>
    public (int Gates, int Buckets) Sizes => (_gates.Count, _buckets.Count);

    /// <summary>Serialises calls on one route and resource so a bucket's "remaining" is read and spent in order.</summary>
    public Task<Lane> EnterAsync(RestRoute route, CancellationToken cancellationToken)
    {
        if (_sweep.TryClaim(out var now))
        {
            Sweep(now, idle: false);
        }

        return _gates.EnterAsync(route.Key + " " + route.MajorParameter, cancellationToken);
    }

    /// <summary>Drops the gates nobody holds or waits on and the buckets past their reset (the idle trim calls it).</summary>
    public void SweepIdle() => Sweep(time.GetUtcNow(), idle: true);

    /// <summary>Ends the call that <see cref="EnterAsync"/> let through.</summary>
    public void Exit(Lane gate) => _gates.Exit(gate);

    /// <summary>How long to wait before sending on <paramref name="route"/>; zero when it may go now.</summary>
    public TimeSpan WaitBefore(RestRoute route)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        if (route.UsesBotToken)
        {
            wait = Later(wait, new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero) - now);
        }

        if (_buckets.TryGetValue(BucketKey(route), out var bucket) && bucket.Remaining <= 0)
        {
            wait = Later(wait, bucket.ResetAt - now);
        }

        return wait;
    }

    /// <summary>Learns the bucket of the route and its state from a response's X-RateLimit-* headers.</summary>
    public void Record(RestRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } bucketId)
        {
            _bucketOfRoute[route.Key] = bucketId;
        }

        if (Number(headers, "X-RateLimit-Remaining") is { } remaining && Number(headers, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            _buckets[BucketKey(route)] = new Bucket((int)remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
        }
    }

    /// <summary>After a 429: no call on this bucket (or on any route, when global) before the wait is over.</summary>
    public void Pause(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            long current;
            do
            {
                current = Interlocked.Read(ref _globalUntilTicks);
            }
            while (until.UtcTicks > current && Interlocked.CompareExchange(ref _globalUntilTicks, until.UtcTicks, current) != current);
            return;
        }

        _buckets[BucketKey(route)] = new Bucket(0, until);
    }

    // A bucket past its reset waits for nothing, exactly like no bucket at all, so dropping it changes nothing.
    // Only the idle sweep may replace the gates' map (calls arriving during that copy wait for it).
    private void Sweep(DateTimeOffset now, bool idle)
    {
        if (idle)
        {
            _gates.Sweep(now);
        }
        else
        {
            _gates.Prune(now);
        }

        foreach (var entry in _buckets)
        {
            if (entry.Value.ResetAt <= now)
            {
                _buckets.TryRemove(entry);
            }
        }
    }

    private string BucketKey(RestRoute route) =>
        (_bucketOfRoute.TryGetValue(route.Key, out var bucket) ? bucket : route.Key) + " " + route.MajorParameter;

    private static TimeSpan Later(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Header(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed record Bucket(int Remaining, DateTimeOffset ResetAt);
}
