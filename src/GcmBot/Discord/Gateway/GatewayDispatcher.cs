using System.Text.Json;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// Handles dispatch events: READY and RESUMED update the session; MESSAGE_CREATE goes to the message
/// handler in the background (a slow answer must not delay heartbeats), a few at a time.
/// </summary>
internal sealed class GatewayDispatcher(IGatewayMessageHandler handler, IHostApplicationLifetime lifetime, ILogger<GatewayDispatcher> logger)
{
    private readonly SemaphoreSlim _slots = new(4);

    /// <summary>True when the event shows the session is live (READY or RESUMED).</summary>
    public bool Dispatch(GatewayPayload payload, GatewaySession session)
    {
        switch (payload.T)
        {
            case "READY":
                var d = payload.D;
                session.Ready(
                    d.GetProperty("session_id").GetString()!,
                    d.GetProperty("resume_gateway_url").GetString()!,
                    d.GetProperty("user").GetProperty("id").GetString()!);
                Log.Ready(logger, session.BotUserId!);
                return true;
            case "RESUMED":
                Log.Resumed(logger);
                return true;
            case "MESSAGE_CREATE" when session.BotUserId is { } botUserId:
                if (Read(payload) is { } message)
                {
                    _ = HandleAsync(message, botUserId);
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>A message we cannot read is skipped, not allowed to break the connection.</summary>
    private ReceivedMessage? Read(GatewayPayload payload)
    {
        try
        {
            return payload.D.Deserialize<ReceivedMessage>(DiscordJson.Options);
        }
        catch (JsonException ex)
        {
            Log.UnreadableMessage(logger, ex.Message);
            return null;
        }
    }

    private async Task HandleAsync(ReceivedMessage message, string botUserId)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await _slots.WaitAsync(stopping);
            try
            {
                await handler.HandleAsync(message, botUserId, stopping);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
