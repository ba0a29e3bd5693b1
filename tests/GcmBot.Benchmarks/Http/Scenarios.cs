using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GcmBot.Benchmarks.Http;

/// <summary>The requests the load driver sends: signed Discord interactions, and Teams message activities.</summary>
internal static class Scenarios
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>
    /// POST a signed interaction; succeeds when the app answers 200 with the expected response type
    /// (1 PONG, 4 a message inline; a deferred 5 would mean the answer missed the inline budget).
    /// </summary>
    public static Func<int, long, Task<Sample>> Discord(HttpClient http, string url, Func<SignedRequest> sign, int expectedType)
    {
        var prefix = Encoding.UTF8.GetBytes($"{{\"type\":{expectedType}");
        return async (worker, n) =>
        {
            var signed = sign();
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(signed.Body) };
            request.Content.Headers.ContentType = Json;
            request.Headers.Add("X-Signature-Ed25519", signed.Signature);
            request.Headers.Add("X-Signature-Timestamp", signed.Timestamp);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return new Sample(response.IsSuccessStatusCode && body.AsSpan().StartsWith(prefix), elapsed);
        };
    }

    /// <summary>
    /// POST a message activity to /api/messages (Emulator mode: no token), then wait for the reply to reach the fake
    /// Connector. Latency is until the reply arrived; the acknowledgement's latency is kept too. With no
    /// <paramref name="conversations"/> every message opens a new conversation (so Teams' per-conversation pacing never
    /// applies, and every per-conversation map sees each one once); with a number, worker w always writes in
    /// conversation w mod that number, as user w: few conversations, many messages each.
    /// </summary>
    public static Func<int, long, Task<Sample>> Teams(HttpClient http, string url, FakePlatform platform, string text, int? conversations = null)
    {
        var sequence = 0L;
        return async (worker, _) =>
        {
            var n = Interlocked.Increment(ref sequence);
            var (conversation, user) = conversations is { } count ? ("room-" + (worker % count), "user-" + worker) : ("bench-" + n, "user-1");
            var activity = "activity-" + n;
            var reply = platform.ReplyTo(activity);
            var body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                type = "message",
                id = activity,
                serviceUrl = platform.TeamsServiceUrl,
                channelId = "emulator",
                from = new { id = user, name = "Delegate" },
                conversation = new { id = conversation },
                recipient = new { id = "bot-1", name = "GcmBot" },
                text,
                locale = "en-US",
            });
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync(url, content);
            var ack = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                platform.Forget(activity);
                return Sample.Failed;
            }

            try
            {
                var arrived = await reply.WaitAsync(TimeSpan.FromSeconds(10));
                return new Sample(true, (arrived - started) * 1000.0 / Stopwatch.Frequency, ack);
            }
            catch (TimeoutException)
            {
                platform.Forget(activity);
                return Sample.Failed;
            }
        };
    }
}
