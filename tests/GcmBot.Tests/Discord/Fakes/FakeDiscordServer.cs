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
internal sealed partial class FakeDiscordServer : IAsyncDisposable
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
