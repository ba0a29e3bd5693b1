using System.Collections.Concurrent;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// A Bot Framework Connector on loopback that enforces Teams' published bot limits (Microsoft Learn,
/// "Optimize your bot with rate limiting in Teams"): 50 requests a second per app and tenant, and per bot
/// and conversation 7 a second. Over either it answers 429 with Retry-After: 1, as Teams does. Every
/// accepted activity is kept with its conversation.
/// </summary>
internal sealed class LimitedConnector : IAsyncDisposable
{
    public const int AppLimitPerSecond = 50;
    public const int ConversationLimitPerSecond = 7;

    private readonly SlidingWindow _app = new(1000);
    private readonly ConcurrentDictionary<string, SlidingWindow> _conversations = new(StringComparer.Ordinal);
    private LoopbackServer? _server;
    private int _appLimited;
    private int _conversationLimited;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Accepted activities: conversation id and arrival (Environment.TickCount64).</summary>
    public ConcurrentQueue<(string Conversation, long At)> Accepted { get; } = new();

    public int AppLimited => Volatile.Read(ref _appLimited);

    public int ConversationLimited => Volatile.Read(ref _conversationLimited);

    public static async Task<LimitedConnector> StartAsync()
    {
        var connector = new LimitedConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.MapPost("/teams/v3/conversations/{conversation}/activities", connector.Receive));
        connector.ServiceUrl = connector._server.BaseAddress + "teams/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private IResult Receive(string conversation, HttpResponse response)
    {
        var now = Environment.TickCount64;
        var thread = _conversations.GetOrAdd(conversation, _ => new SlidingWindow(1000));
        if (!_app.TryTake(now, AppLimitPerSecond, out _))
        {
            Interlocked.Increment(ref _appLimited);
            return TooMany(response);
        }

        if (!thread.TryTake(now, ConversationLimitPerSecond, out _))
        {
            Interlocked.Increment(ref _conversationLimited);
            return TooMany(response);
        }

        Accepted.Enqueue((conversation, now));
        return Results.Json(new { id = $"activity-{Accepted.Count}" });
    }

    private static IResult TooMany(HttpResponse response)
    {
        response.Headers.RetryAfter = "1";
        return Results.Json(new { error = new { code = "TooManyRequests", message = "Too many requests." } }, statusCode: 429);
    }
}
