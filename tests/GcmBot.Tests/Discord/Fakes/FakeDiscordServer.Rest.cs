using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>The fake's REST side: scripted answers first, otherwise what Discord would do.</summary>
internal sealed partial class FakeDiscordServer
{
    /// <summary>Requests this says true for are never answered (held until the caller hangs up).</summary>
    public Func<RecordedRequest, bool>? Hold { get; set; }

    /// <summary>The requests held so far.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<RecordedRequest> Held { get; } = new();

    private async Task HandleRestAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = "/" + (string?)http.Request.RouteValues["path"];
        var recorded = new RecordedRequest(http.Request.Method, path + http.Request.QueryString, body,
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), Environment.TickCount64);
        Requests.Enqueue(recorded);
        if (Hold?.Invoke(recorded) == true)
        {
            // A caller that never gets its answer (e.g. a replica about to be killed mid-post): wait until it hangs up.
            Held.Enqueue(recorded);
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var refusal = OverGlobalLimit(recorded);
        var (bucketRefusal, limitHeaders) = refusal is null ? TakeChannelSlot(recorded) : (null, []);
        var scripted = refusal ?? bucketRefusal ?? TakeScripted(recorded);
        if (scripted is null || scripted.CreateFirst)
        {
            var (status, json) = Process(recorded);
            if (scripted is null)
            {
                await WriteAsync(http, status, json, limitHeaders);
                return;
            }
        }

        await WriteAsync(http, scripted.Status, scripted.Body, scripted.Headers);
    }

    private ScriptedResponse? TakeScripted(RecordedRequest request)
    {
        lock (_lock)
        {
            var all = _script.ToList();
            var match = all.FirstOrDefault(s => s.Method == request.Method && request.Path.StartsWith(s.PathPrefix, StringComparison.Ordinal));
            if (match is null)
            {
                return null;
            }

            _script.Clear();
            foreach (var s in all.Where(s => !ReferenceEquals(s, match)))
            {
                _script.Enqueue(s);
            }

            return match;
        }
    }

    /// <summary>What Discord would do: create messages (once per enforced nonce), describe the gateway, echo the rest.</summary>
    private (int Status, string Json) Process(RecordedRequest request)
    {
        if (request.Method == "GET" && request.Path == "/gateway/bot")
        {
            return (200, JsonSerializer.Serialize(new { url = GatewayUrl, shards = 1, session_start_limit = new { total = 1000, remaining = 999, reset_after = 86_400_000, max_concurrency = 1 } }));
        }

        if (request.Method == "POST" && (request.Path.StartsWith("/channels/", StringComparison.Ordinal) || request.Path.StartsWith("/webhooks/", StringComparison.Ordinal)))
        {
            lock (_lock)
            {
                using var json = JsonDocument.Parse(request.Body);
                var nonce = json.RootElement.TryGetProperty("enforce_nonce", out var e) && e.GetBoolean() && json.RootElement.TryGetProperty("nonce", out var n) ? n.GetString() : null;
                if (nonce is not null && _nonces.TryGetValue(nonce, out var existing))
                {
                    return (200, $$"""{"id":"{{existing}}"}""");
                }

                var id = (_nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (nonce is not null)
                {
                    _nonces[nonce] = id;
                }

                Created.Enqueue(request);
                return (200, $$"""{"id":"{{id}}"}""");
            }
        }

        return (200, request.Body.Length > 0 ? request.Body : "{}");
    }

    private static async Task WriteAsync(HttpContext http, int status, string? body, Dictionary<string, string> headers)
    {
        http.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            http.Response.Headers[name] = value;
        }

        if (body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body);
        }
    }
}
