using System.Text.Json;
using GcmBot.Teams.Auth;
using GcmBot.Teams.Connector;
using GcmBot.Hosting;
using GcmBot.Hosting.RateLimiting;
using GcmBot.Pipeline;

namespace GcmBot.Teams.Turns;

/// <summary>
/// POST /api/messages, the bot's messaging endpoint. Parses the activity, authenticates before doing
/// anything with it, queues it and answers 200 before its turn runs. Invoke activities (which would need a
/// synchronous body) are not used by this bot and get 501, as in the SDK. Messages over the rate limit
/// are checked here, before the queue, so a flood cannot fill it: the sender is told once per window
/// and the rest are acknowledged and dropped.
/// </summary>
internal static class TeamsMessagesEndpoint
{
    public const string Path = "/api/messages";

    /// <summary>Activities are a few KB; Bot Framework requests are capped far below Kestrel's 30 MB default.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        IInboundTokenValidator validator,
        TeamsTurnQueue queue,
        ChatPipeline pipeline,
        ILoggerFactory loggers,
        Microsoft.Extensions.Options.IOptions<TeamsOptions> options,
        CancellationToken cancellationToken)
    {
        // Only refusals log: the logger is made for them (CreateLogger builds the category name from the type each call).
        ILogger Logger() => loggers.CreateLogger(typeof(TeamsMessagesEndpoint));
        var emulator = options.Value.IsEmulatorMode;
        if (emulator && EmulatorRequestGate.Check(http.Request) is { } refusal)
        {
            Log.EmulatorRequestRefused(Logger(), refusal.StatusCode, refusal.Reason);
            return Results.StatusCode(refusal.StatusCode);
        }

        var body = await BoundedBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (string.IsNullOrEmpty(activity?.Type))
        {
            return Results.BadRequest();
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var auth = await validator.ValidateAsync(
            new InboundRequest(authorization.Length == 0 ? null : authorization, activity.ChannelId, activity.ServiceUrl, http.Connection.RemoteIpAddress),
            cancellationToken);
        if (!auth.IsAccepted)
        {
            // Emulator refusals are someone's stray or hostile local request, not a fault of ours: Information.
            if (emulator)
            {
                Log.EmulatorRequestRejected(Logger(), auth.Status, auth.Reason);
            }
            else
            {
                Log.RequestRejected(Logger(), auth.Status, auth.Reason);
            }

            return Results.StatusCode(auth.Status switch
            {
                InboundAuthStatus.Forbidden => StatusCodes.Status403Forbidden,
                InboundAuthStatus.Unavailable => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status401Unauthorized,
            });
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        var verdict = activity.Type == ActivityTypes.Message && !string.IsNullOrEmpty(activity.Conversation?.Id)
            ? pipeline.Admit(TeamsTurnHandler.ContextOf(activity))
            : RateVerdict.Allowed;
        if (verdict.AlreadyTold)
        {
            return Results.Ok();
        }

        var admission = queue.TryEnqueue(activity, verdict);
        if (!admission.Accepted)
        {
            Log.QueueFull(Logger());
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (admission.Lane is null)
        {
            return Results.Ok();
        }

        // The conversation's lane was idle: acknowledge now, then run the turn on this thread rather than hand it to
        // another (it goes on elsewhere once it waits for the Connector, and this request ends there).
        http.Response.StatusCode = StatusCodes.Status200OK;
        try
        {
            await http.Response.CompleteAsync();
        }
        finally
        {
            // Claimed means this request owns the lane: the turn runs even if the acknowledgement could not be written.
            admission.RunIfClaimed();
        }

        return Results.Empty;
    }
}
