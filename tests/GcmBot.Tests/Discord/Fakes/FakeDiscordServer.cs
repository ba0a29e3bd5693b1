using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>
/// A stand-in for Discord on 127.0.0.1: REST under /api/v10 (records every request, honours message
/// nonces, answers from a script first) and the gateway as WebSockets on /gateway and /resume.
/// </summary>
internal sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly Dictionary<string, string> _nonces = [];
    private readonly Lock _lock = new();
    private int _nextId = 1000;

    private FakeDiscordServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUri, "api/v10").ToString();

    public string GatewayUrl => $"ws://{BaseUri.Authority}/gateway";

    public string ResumeUrl => $"ws://{BaseUri.Authority}/resume";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Messages actually created (a repeated nonce returns the first, creating nothing).</summary>
    public ConcurrentQueue<RecordedRequest> Created { get; } = new();

    public Channel<FakeGatewayConnection> Connections { get; } = Channel.CreateUnbounded<FakeGatewayConnection>();

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/resume", server.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address + "/");
        return server;
    }

    /// <summary>The next request matching <paramref name="method"/> and a path starting with <paramref name="pathPrefix"/> gets this answer.</summary>
    public void Script(string method, string pathPrefix, int status, string? body = null, Dictionary<string, string>? headers = null, bool createFirst = false) =>
        _script.Enqueue(new ScriptedResponse(method, pathPrefix, status, body, headers ?? [], createFirst));

    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(10)).TotalMilliseconds;
        while (Environment.TickCount64 < deadline)
        {
            if (Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("No matching request reached the fake Discord server. Seen: " + string.Join(", ", Requests.Select(r => r.Method + " " + r.Path)));
    }

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await Connections.Reader.ReadAsync(cts.Token);
    }

    private async Task HandleRestAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = "/" + (string?)http.Request.RouteValues["path"];
        var recorded = new RecordedRequest(http.Request.Method, path + http.Request.QueryString, body,
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), Environment.TickCount64);
        Requests.Enqueue(recorded);

        var scripted = TakeScripted(recorded);
        if (scripted is null || scripted.CreateFirst)
        {
            var (status, json) = Process(recorded);
            if (scripted is null)
            {
                await WriteAsync(http, status, json, []);
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

    private async Task AcceptGatewayAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, http.Request.Path + http.Request.QueryString);
        await Connections.Writer.WriteAsync(connection);
        await connection.Completion;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record ScriptedResponse(string Method, string PathPrefix, int Status, string? Body, Dictionary<string, string> Headers, bool CreateFirst);
}

/// <summary>A request as the fake server saw it; <see cref="At"/> is Environment.TickCount64 in ms.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Body, Dictionary<string, string> Headers, long At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
