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
    /// POST a signed interaction, signed before the step (<see cref="PresignedInteractions"/>); succeeds when the app
    /// answers 200 with the expected response type (1 PONG, 4 a message inline; a deferred 5 would mean the answer
    /// missed the inline budget). <paramref name="responseBytes"/> is told each response's length.
    /// </summary>
    public static LoadScenario Discord(HttpClient http, string url, DiscordKeys keys, Func<int, string> body, int expectedType, Action<int>? responseBytes = null)
    {
        var presigned = new PresignedInteractions(keys, body);
        return new LoadScenario(Discord(http, url, presigned.Take, expectedType, responseBytes), presigned.PrepareAsync, () => presigned.MadeDuringStep);
    }

    private static Func<int, long, Task<Sample>> Discord(HttpClient http, string url, Func<SignedRequest> sign, int expectedType, Action<int>? responseBytes)
    {
        var prefix = Encoding.UTF8.GetBytes($"{{\"type\":{expectedType}");
        return async (worker, n) =>
        {
            var signed = sign();
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(signed.Body) };
            request.Content.Headers.ContentType = Json;
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signed.Signature);
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", signed.Timestamp);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            responseBytes?.Invoke(body.Length);
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
    public static LoadScenario Teams(HttpClient http, string url, FakePlatform platform, string text, int? conversations = null)
    {
        var sequence = 0L;
        TeamsMessage Message(int worker)
        {
            var n = Interlocked.Increment(ref sequence);
            var (conversation, user) = conversations is { } count ? ("room-" + (worker % count), "user-" + worker) : ("bench-" + n, "user-1");
            var activity = "activity-" + n;
            return new TeamsMessage(activity, JsonSerializer.SerializeToUtf8Bytes(new
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
            }));
        }

        // A new conversation per message does not depend on the worker, so the bodies can be built before the step.
        var prepared = new Prepared<TeamsMessage>(() => Message(0), _ => true);
        var send = Send(http, url, platform, worker => conversations is null ? prepared.Take() : Message(worker));
        return conversations is not null ? new LoadScenario(send) : new LoadScenario(
            send,
            plan =>
            {
                prepared.Reset([.. Enumerable.Range(0, plan.Requests).Select(_ => Message(0))]);
                return Task.CompletedTask;
            },
            () => prepared.MadeDuringStep);
    }

    private static Func<int, long, Task<Sample>> Send(HttpClient http, string url, FakePlatform platform, Func<int, TeamsMessage> next) =>
        async (worker, _) =>
        {
            var (activity, body) = next(worker);
            var reply = platform.ReplyTo(activity);
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

/// <summary>A Teams message activity's id and its JSON.</summary>
internal sealed record TeamsMessage(string ActivityId, byte[] Body);
