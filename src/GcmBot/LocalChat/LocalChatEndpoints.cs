using System.Text.Json;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Hosting;
using GcmBot.Hosting.RateLimiting;

namespace GcmBot.LocalChat;

/// <summary>The local web chat: a page and a JSON endpoint on the same router as Discord and Teams.</summary>
public static class LocalChatEndpoints
{
    /// <summary>Largest JSON body the chat endpoint reads; a message is at most 2,000 characters.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapLocalChat(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<LocalChatSwitch>().Enabled)
        {
            return app;
        }

        app.MapGet("/", () => LocalChatAssets.Result("index.html"));
        app.MapGet("/chat.js", () => LocalChatAssets.Result("chat.js"));
        app.MapGet("/chat.css", () => LocalChatAssets.Result("chat.css"));
        app.MapGet("/favicon.ico", Favicon.Result);
        // No per-endpoint RequestSizeLimit: under Kestrel's 1 MB cap an oversized body is drained and gets a clean 413 below.
        app.MapPost("/api/chat", ChatAsync);
        return app;
    }

    private static async Task<IResult> ChatAsync(
        HttpRequest request, ICommandRouter router, ChatRateLimiter limiter, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return BadRequest();
        }

        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Json(new ChatError("That message is too large: the chat endpoint reads at most 16 KB."), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        ChatMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<ChatMessage>(body, JsonOptions);
        }
        catch (JsonException)
        {
            return BadRequest();
        }

        // The page shows any reply, so a limited sender gets the refusal as an ordinary Error reply.
        if (limiter.Check(LocalContext) is { Refusal: { } refusal })
        {
            return TypedResults.Ok(refusal);
        }

        try
        {
            return TypedResults.Ok(await router.RouteAsync(new ChatRequest(message?.Text ?? "", LocalContext), cancellationToken));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The page shows a short apology; the details go to the log only, never into the response.
            Log.RouterFailed(loggers.CreateLogger(typeof(LocalChatEndpoints)), ex);
            return TypedResults.Ok(FailureReply);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    private static IResult BadRequest() =>
        TypedResults.BadRequest(new ChatError("Send JSON like {\"text\": \"objective 13\"} with Content-Type: application/json, at most 16 KB."));

    private static readonly Reply FailureReply =
        Reply.Simple(ReplyKind.Error, "Something went wrong", "GcmBot could not answer this just now. Please try again in a moment.");

    private static readonly ChatContext LocalContext = new("local", "local-web", "local-user");

    private sealed record ChatMessage(string? Text);

    private sealed record ChatError(string Error);
}
