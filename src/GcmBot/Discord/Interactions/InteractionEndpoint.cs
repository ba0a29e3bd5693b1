using System.Text.Json;
using GcmBot.Discord.Payloads;
using GcmBot.Hosting;

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
        IInteractionReplayGuard replays,
        ILogger<SignatureVerifier> logger)
    {
        var body = await BoundedBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
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

        // After the signature (only Discord can make new ids) and before anything is answered or queued.
        if (interaction is not null && !string.IsNullOrEmpty(interaction.Id) && await replays.TryAcceptAsync(interaction.Id, http.RequestAborted) is var verdict && verdict != ReplayVerdict.Accepted)
        {
            Log.ReplayRefused(logger, interaction.Id, verdict);
            http.Response.StatusCode = verdict == ReplayVerdict.Replayed ? StatusCodes.Status409Conflict : StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync(
                verdict switch
                {
                    ReplayVerdict.Replayed => "interaction already answered",
                    ReplayVerdict.Unavailable => "cannot check for replays now",
                    _ => "too many interactions",
                },
                http.RequestAborted);
            return;
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

        // Straight into the response's pipe, with its length first: a fixed reply's JSON is copied from memory once.
        var json = InteractionBody.For(reply.Response);
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = json.Length;
        json.WriteTo(http.Response.BodyWriter);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
