using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>
/// A Bot Framework Connector on loopback: records every activity posted to
/// v3/conversations/{id}/activities[/{replyTo}] and answers with scripted statuses (default 200).
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Body, int? RetryAfterSeconds)> script = new();
    private readonly ConcurrentQueue<ReceivedActivity> received = new();
    private readonly SemaphoreSlim arrivals = new(0);
    private LoopbackServer server = null!;

    /// <summary>The serviceUrl activities carry, e.g. http://127.0.0.1:41234/teams/.</summary>
    public string ServiceUrl => ServiceUrlFor("teams");

    /// <summary>Another serviceUrl on the same fake, as when Teams moves a conversation to another region.</summary>
    public string ServiceUrlFor(string region) => new Uri(server.BaseAddress, region + "/").ToString();

    public IReadOnlyList<ReceivedActivity> Received => [.. received];

    /// <summary>
    /// Given an arriving activity's Authorization header: when this says true, it is never answered nor recorded as
    /// received (held until the caller hangs up).
    /// </summary>
    public Func<string, bool>? Hold { get; set; }

    /// <summary>Conversation ids of the activities held so far.</summary>
    public ConcurrentQueue<string> Held { get; } = new();

    /// <summary>The roster's userRole per user id (GET …/members/{userId}); "user" when not set.</summary>
    public ConcurrentDictionary<string, string> UserRoles { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{region}/v3/conversations/{conversationId}/activities", connector.ReceiveAsync);
            app.MapPost("/{region}/v3/conversations/{conversationId}/activities/{replyToId}", connector.ReceiveAsync);
            app.MapGet("/{region}/v3/conversations/{conversationId}/members/{userId}", (string userId) =>
                Results.Json(new { id = userId, userRole = connector.UserRoles.GetValueOrDefault(userId, "user") }));
        });
        return connector;
    }

    public void Respond(int status, string body = "", int? retryAfterSeconds = null) => script.Enqueue((status, body, retryAfterSeconds));

    /// <summary>Waits (real time, 10 s at most) until <paramref name="count"/> activities have arrived in total.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (received.Count < count)
        {
            await arrivals.WaitAsync(timeout.Token);
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        arrivals.Dispose();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, string conversationId, string? replyToId = null)
    {
        if (Hold?.Invoke(request.Headers.Authorization.ToString()) == true)
        {
            // A sender that never gets its answer (e.g. a replica about to be killed mid-post): the post is not made.
            Held.Enqueue(conversationId);
            await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        var rawTarget = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        // Take this request's scripted answer before announcing its arrival: a test that scripts the next
        // answer as soon as it sees this request must not have that answer given to this one.
        var hasScript = script.TryDequeue(out var scripted);
        received.Enqueue(new ReceivedActivity(rawTarget, conversationId, replyToId, request.Headers.Authorization.ToString(), body));
        var (status, text, retryAfter) = hasScript ? scripted : (200, $$"""{"id":"sent-{{received.Count}}"}""", null);
        arrivals.Release();
        if (retryAfter is not null)
        {
            request.HttpContext.Response.Headers.RetryAfter = retryAfter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Text(text, "application/json", statusCode: status);
    }
}

/// <summary>One activity as the Connector received it: raw request target (still escaped), ids decoded by routing.</summary>
internal sealed record ReceivedActivity(string Path, string ConversationId, string? ReplyToId, string Authorization, JsonObject Body)
{
    public JsonObject Card => Body["attachments"]![0]!["content"]!.AsObject();

    /// <summary>The card's title: the first element's text runs.</summary>
    public string CardTitle => string.Concat(Card["body"]![0]!["inlines"]!.AsArray().Select(run => (string?)run!["text"]));
}
