using System.Globalization;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>
/// The fake's rate limits, as Discord keeps them per bot token (topics/rate-limits.mdx), whichever replica
/// calls; both off unless set. Global: at most <see cref="GlobalLimitPerSecond"/> bot-token requests in any
/// one-second window, else 429 with "global": true. Per route: each channel's message bucket allows
/// <see cref="ChannelMessageLimit"/> posts per fixed window, announced in X-RateLimit-* headers, else 429.
/// </summary>
internal sealed partial class FakeDiscordServer
{
    private readonly SlidingWindow _globalWindow = new(1000);
    private readonly Dictionary<string, (long Start, int Count)> _channelBuckets = [];
    private int _globalRateLimited;
    private int _routeRateLimited;

    /// <summary>Posts per channel per <see cref="ChannelMessageWindow"/>; null = no bucket.</summary>
    public int? ChannelMessageLimit { get; set; }

    public TimeSpan ChannelMessageWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests refused with a (non-global) bucket 429 so far.</summary>
    public int RouteRateLimited => Volatile.Read(ref _routeRateLimited);

    public int? GlobalLimitPerSecond { get; set; }

    /// <summary>Requests refused with a global 429 so far.</summary>
    public int GlobalRateLimited => Volatile.Read(ref _globalRateLimited);

    /// <summary>The global 429 for a request over the limit; null when it may go on.</summary>
    private ScriptedResponse? OverGlobalLimit(RecordedRequest request)
    {
        if (GlobalLimitPerSecond is not { } limit
            || !request.Headers.TryGetValue("Authorization", out var authorization)
            || !authorization.StartsWith("Bot ", StringComparison.Ordinal))
        {
            return null;
        }

        lock (_lock)
        {
            if (_globalWindow.TryTake(request.At, limit, out var freeAt))
            {
                return null;
            }

            _globalRateLimited++;
            var retryAfter = ((freeAt - request.At) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
            var body = $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":true}""";
            return new ScriptedResponse("", "", 429, body, new() { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }, false);
        }
    }

    /// <summary>Takes a slot in the channel's message bucket: the headers to answer with, or the 429 when the bucket is empty.</summary>
    private (ScriptedResponse? Refusal, Dictionary<string, string> Headers) TakeChannelSlot(RecordedRequest request)
    {
        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (ChannelMessageLimit is not { } limit || request.Method != "POST" || parts is not ["channels", var channel, "messages"])
        {
            return (null, []);
        }

        lock (_lock)
        {
            var window = (long)ChannelMessageWindow.TotalMilliseconds;
            var (start, count) = _channelBuckets.TryGetValue(channel, out var b) && request.At - b.Start < window ? b : (request.At, 0);
            var resetAfter = ((start + window - request.At) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>
            {
                ["X-RateLimit-Bucket"] = "channel-messages",
                ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Remaining"] = Math.Max(0, limit - count - 1).ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Reset-After"] = resetAfter,
            };
            if (count >= limit)
            {
                _routeRateLimited++;
                headers["X-RateLimit-Scope"] = "user";
                var body = $$"""{"message":"You are being rate limited.","retry_after":{{resetAfter}},"global":false}""";
                return (new ScriptedResponse("", "", 429, body, headers, false), headers);
            }

            _channelBuckets[channel] = (start, count + 1);
            return (null, headers);
        }
    }
}
