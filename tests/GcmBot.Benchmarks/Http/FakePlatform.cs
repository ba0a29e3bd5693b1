using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// The platforms' side, on loopback in the driver's process: a Bot Connector that receives Teams
/// replies (and tells the waiting request that its reply arrived), and a Discord REST API that only
/// counts calls (an /objective answered inline should make none).
/// </summary>
internal sealed class FakePlatform : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _replyWaiters = new(StringComparer.Ordinal);
    private LoopbackServer? _server;
    private int _teamsReplies;
    private int _discordCalls;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The serviceUrl Teams activities carry; replies come back under it.</summary>
    public string TeamsServiceUrl => BaseUrl + "/teams/";

    public string DiscordApiBaseUrl => BaseUrl + "/discord/api/v10";

    public int TeamsReplies => Volatile.Read(ref _teamsReplies);

    public int DiscordCalls => Volatile.Read(ref _discordCalls);

    /// <summary>The Content-Length of the last Teams reply (what the floor's reply is made as long as).</summary>
    public long LastTeamsReplyBytes { get; private set; }

    public async Task StartAsync()
    {
        _server = await LoopbackServer.StartAsync(Map);
        BaseUrl = _server.BaseAddress.ToString().TrimEnd('/');
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/teams/v3/conversations/{conversation}/activities/{replyTo}", (HttpContext http) =>
        {
            var replyTo = (string)http.Request.RouteValues["replyTo"]!;
            Interlocked.Increment(ref _teamsReplies);
            LastTeamsReplyBytes = http.Request.ContentLength ?? 0;
            if (_replyWaiters.TryRemove(replyTo, out var waiter))
            {
                waiter.TrySetResult(Stopwatch.GetTimestamp());
            }

            // What Results.Json wrote, {"id":"reply-…"}, without a serializer: the driver's share of each Teams message.
            http.Response.ContentType = "application/json; charset=utf-8";
            using var json = new Utf8JsonWriter(http.Response.BodyWriter);
            json.WriteStartObject();
            json.WriteString("id", "reply-" + replyTo);
            json.WriteEndObject();
            json.Flush();
            return Task.CompletedTask;
        });
        app.Map("/discord/api/v10/{**rest}", () =>
        {
            Interlocked.Increment(ref _discordCalls);
            return Results.Json(new { id = "600000000000000006" });
        });
    }

    /// <summary>
    /// Completes with the Stopwatch timestamp at which the first reply to the activity <paramref name="activityId"/>
    /// arrived (keyed by activity, so several workers may share a conversation).
    /// </summary>
    public Task<long> ReplyTo(string activityId)
    {
        var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replyWaiters[activityId] = waiter;
        return waiter.Task;
    }

    public void Forget(string activityId) => _replyWaiters.TryRemove(activityId, out _);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
