using System.Text.Json;
using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// Handles dispatch events: READY and RESUMED update the session; MESSAGE_CREATE goes to the message
/// handler in the background (a slow answer must not delay heartbeats), a few at a time. When the app
/// stops, the answers under way are finished (<see cref="DrainAsync"/>) rather than cancelled.
/// </summary>
internal sealed class GatewayDispatcher(IGatewayMessageHandler handler, ILogger<GatewayDispatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(4);
    private readonly CancellationTokenSource _abort = new();
    private readonly HashSet<Task> _running = [];
    private readonly Lock _lock = new();

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
                    Track(HandleAsync(message, botUserId));
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// Waits for the messages being answered (the gateway is closed by then, so no more arrive). When
    /// <paramref name="cancellationToken"/> fires (the host's shutdown timeout), the rest are cancelled.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_lock)
        {
            running = [.. _running];
        }

        if (running.Length == 0)
        {
            return;
        }

        Log.Draining(logger, running.Length);
        await using (cancellationToken.Register(_abort.Cancel))
        {
            await Task.WhenAll(running);
        }
    }

    public void Dispose()
    {
        _abort.Dispose();
        _slots.Dispose();
    }

    private void Track(Task task)
    {
        lock (_lock)
        {
            _running.Add(task);
        }

        // Added before the continuation is attached, so a task that already finished is still removed.
        _ = task.ContinueWith(
            done =>
            {
                lock (_lock)
                {
                    _running.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
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
        var abort = _abort.Token;
        try
        {
            await _slots.WaitAsync(abort);
            try
            {
                await handler.HandleAsync(message, botUserId, abort);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !abort.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            Log.AnswerAbandoned(logger);
        }
    }
}
