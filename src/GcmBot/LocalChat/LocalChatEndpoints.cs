using System.Text.Json;
using GcmBot.Core.Routing;
using GcmBot.Hosting;
using Microsoft.AspNetCore.Mvc;

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
        app.MapPost("/api/chat", ChatAsync).WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    private static async Task<IResult> ChatAsync(HttpRequest request, ICommandRouter router, CancellationToken cancellationToken)
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

        var reply = await router.RouteAsync(new ChatRequest(message?.Text ?? "", LocalContext), cancellationToken);
        return TypedResults.Ok(reply);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { MaxDepth = 8 };

    private static IResult BadRequest() =>
        TypedResults.BadRequest(new ChatError("Send JSON like {\"text\": \"objective 13\"} with Content-Type: application/json, at most 16 KB."));

    private static readonly ChatContext LocalContext = new("local", "local-web", "local-user");

    private sealed record ChatMessage(string? Text);

    private sealed record ChatError(string Error);
}
