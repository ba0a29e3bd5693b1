using System.Text;
using System.Text.Json;
using GcmBot.Discord;
using GcmBot.Discord.Interactions;
using GcmBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GcmBot.Benchmarks.Floor;

/// <summary>
/// "--floor-server": the least a program must do per request on the app's two endpoints, run by the benchmark as a
/// child process in the app's place, so the same driver on the same cores shows what these cores allow. Discord: read
/// the body and answer 200 with a body as long as the app's (Floor:InteractionResponseBytes): at /discord/interactions
/// after the app's own Ed25519 check (its SignatureVerifier, Discord:PublicKey), at /discord/unchecked without it. Teams: read the body, answer 200, then one
/// POST of Floor:ReplyBytes to the fake Connector under the activity's serviceUrl, as the app's reply is.
/// No logging, no DI beyond the slim builder's, no routing beyond two paths.
/// </summary>
internal static class FloorServer
{
    public const string CheckedPath = "/discord/interactions";
    public const string UncheckedPath = "/discord/unchecked";

    private const int MaxBodyBytes = 256 * 1024;

    public static async Task<int> RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var settings = app.Configuration;
        var verifier = new SignatureVerifier(Options.Create(new DiscordOptions { PublicKey = settings["Discord:PublicKey"], MaxSignatureAge = TimeSpan.FromSeconds(5) }), TimeProvider.System);
        var interactionResponse = Padded("{\"type\":4,\"data\":{\"content\":\"", settings.GetValue("Floor:InteractionResponseBytes", 64), "\"}}");
        var reply = Padded("{\"type\":\"message\",\"text\":\"", settings.GetValue("Floor:ReplyBytes", 64), "\"}");
        using var connector = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });

        app.MapGet("/readyz", () => Results.Ok());
        async Task InteractionAsync(HttpContext http, bool check)
        {
            var body = await BoundedBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
            if (body is null || (check && verifier.Verify(http.Request.Headers["X-Signature-Ed25519"], http.Request.Headers["X-Signature-Timestamp"], body) != SignatureCheck.Valid))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            http.Response.ContentType = "application/json";
            http.Response.ContentLength = interactionResponse.Length;
            await http.Response.Body.WriteAsync(interactionResponse, http.RequestAborted);
        }

        app.MapPost(CheckedPath, http => InteractionAsync(http, check: true));
        app.MapPost(UncheckedPath, http => InteractionAsync(http, check: false));
        app.MapPost("/api/messages", async http =>
        {
            var body = await BoundedBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
            if (body is null || Target(body) is not { } target)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            // Acknowledged first, the reply sent after, as the app's queue does.
            _ = SendAsync(connector, target, reply);
        });
        await app.RunAsync();
        return 0;
    }

    /// <summary>The reply's URL: {serviceUrl}v3/conversations/{conversation}/activities/{id}.</summary>
    private static Uri? Target(byte[] body)
    {
        using var activity = JsonDocument.Parse(body);
        var root = activity.RootElement;
        return root.TryGetProperty("serviceUrl", out var serviceUrl) && root.TryGetProperty("id", out var id)
            && root.TryGetProperty("conversation", out var conversation) && conversation.TryGetProperty("id", out var conversationId)
            ? new Uri($"{serviceUrl.GetString()!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId.GetString()!)}/activities/{Uri.EscapeDataString(id.GetString()!)}")
            : null;
    }

    private static async Task SendAsync(HttpClient connector, Uri target, byte[] reply)
    {
        using var content = new ByteArrayContent(reply);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await connector.PostAsync(target, content);
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>JSON of exactly <paramref name="length"/> bytes (or the shortest it can be): a string padded with x.</summary>
    private static byte[] Padded(string head, int length, string tail) =>
        Encoding.UTF8.GetBytes(head + new string('x', Math.Max(0, length - head.Length - tail.Length)) + tail);
}
