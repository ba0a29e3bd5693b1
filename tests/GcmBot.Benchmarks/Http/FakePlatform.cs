using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// The platforms' side, on loopback in the driver's process: a Bot Connector that receives Teams
/// replies (and tells the waiting request that its reply arrived), and a Discord REST API that only
/// counts calls (an /objective answered inline should make none).
/// </summary>
internal sealed class FakePlatform : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _replyWaiters = new(StringComparer.Ordinal);
    private WebApplication? _app;
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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/teams/v3/conversations/{conversation}/activities/{replyTo}", (HttpContext http) =>
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
        _app.Map("/discord/api/v10/{**rest}", () =>
        {
            Interlocked.Increment(ref _discordCalls);
            return Results.Json(new { id = "600000000000000006" });
        });
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
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
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
