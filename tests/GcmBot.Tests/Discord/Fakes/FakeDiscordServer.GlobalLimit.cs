using System.Globalization;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>
/// The fake's global limit, as Discord keeps it per bot token (topics/rate-limits.mdx): at most
/// <see cref="GlobalLimitPerSecond"/> bot-token requests in any one-second window, from however many
/// replicas; one more gets 429 with "global": true. Off unless set.
/// </summary>
internal sealed partial class FakeDiscordServer
{
    private readonly Queue<long> _globalWindow = new();
    private int _globalRateLimited;

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
            while (_globalWindow.Count > 0 && request.At - _globalWindow.Peek() >= 1000)
            {
                _globalWindow.Dequeue();
            }

            if (_globalWindow.Count < limit)
            {
                _globalWindow.Enqueue(request.At);
                return null;
            }

            _globalRateLimited++;
            var retryAfter = ((_globalWindow.Peek() + 1000 - request.At) / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
            var body = $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":true}""";
            return new ScriptedResponse("", "", 429, body, new() { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }, false);
        }
    }
}
