using System.Text.Json;
using GcmBot.Core.Routing;
using GcmBot.Hosting;
using GcmBot.Pipeline;

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

        var page = app.MapGroup(string.Empty).AddEndpointFilter(PageHeaders.FilterAsync);
        page.MapGet("/", () => LocalChatAssets.Result("index.html"));
        page.MapGet("/chat.js", () => LocalChatAssets.Result("chat.js"));
        page.MapGet("/chat.css", () => LocalChatAssets.Result("chat.css"));
        page.MapGet("/favicon.ico", Favicon.Result);
        // No per-endpoint RequestSizeLimit: under Kestrel's 1 MB cap an oversized body is drained and gets a clean 413 below.
        page.MapPost("/api/chat", ChatAsync);
        return app;
    }

    private static async Task<IResult> ChatAsync(
        HttpRequest request, ChatPipeline pipeline, ReplyJson json, CancellationToken cancellationToken)
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

        // The page shows any reply, so a limited sender gets the refusal as an ordinary Error reply, and a
        // failure the pipeline's short apology (the details go to the log only, never into the response).
        var turn = await pipeline.AnswerAsync(new ChatRequest(message?.Text ?? "", ContextOf(request.HttpContext)), cancellationToken);
        return json.Ok(turn.Reply);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    private static IResult BadRequest() =>
        TypedResults.BadRequest(new ChatError("Send JSON like {\"text\": \"objective 13\"} with Content-Type: application/json, at most 16 KB."));

    /// <summary>
    /// Each client address is its own person and conversation, so one busy browser does not use up everyone's
    /// budget. Behind a reverse proxy the address is the client's only when ForwardedHeaders is set up.
    /// </summary>
    internal static ChatContext ContextOf(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : "unknown";
        return new ChatContext(Surface.Local, "local-web/" + address, "local-user/" + address);
    }

    private sealed record ChatMessage(string? Text);

    private sealed record ChatError(string Error);
}
