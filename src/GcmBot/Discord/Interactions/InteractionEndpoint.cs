using System.Text.Json;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Interactions;

/// <summary>
/// POST {InteractionsPath}: verifies the signature over the raw body before reading it, answers with
/// JSON, then queues what must follow the response (deferred answers, follow-up messages).
/// </summary>
internal static class InteractionEndpoint
{
    /// <summary>Interactions are small; anything bigger is not from Discord.</summary>
    private const int MaxBodyBytes = 256 * 1024;

    public static async Task HandleAsync(
        HttpContext http,
        SignatureVerifier verifier,
        InteractionResponder responder,
        FollowUpQueue followUps,
        ILogger<SignatureVerifier> logger)
    {
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var check = verifier.Verify(http.Request.Headers["X-Signature-Ed25519"], http.Request.Headers["X-Signature-Timestamp"], body);
        if (check != SignatureCheck.Valid)
        {
            Log.SignatureRefused(logger, check);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync("invalid request signature", http.RequestAborted);
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = DiscordJson.Deserialize<Interaction>(body);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        var reply = interaction is null ? null : await responder.RespondAsync(interaction);
        if (reply is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (reply.AfterResponse is { } after)
        {
            http.Response.OnCompleted(() =>
            {
                followUps.Enqueue(after);
                return Task.CompletedTask;
            });
        }

        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(DiscordJson.Serialize(reply.Response), http.RequestAborted);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
