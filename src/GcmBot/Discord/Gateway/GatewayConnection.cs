using System.Net.WebSockets;
using System.Text.Json;
using GcmBot.Discord.Gateway.Sharding;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// One gateway connection from HELLO to its end: heartbeats, IDENTIFY or RESUME, dispatches, and the
/// decision what to do next (resume, new session, or stop for good).
/// </summary>
internal sealed class GatewayConnection(
    IOptions<DiscordOptions> options,
    GatewayTimings timings,
    IdentifyGate identifyGate,
    GatewayDispatcher dispatcher,
    TimeProvider time,
    ILogger<GatewayConnection> logger)
{
    private static readonly TimeSpan GoodbyeWait = TimeSpan.FromSeconds(2);

    /// <param name="state">The shard's state: set to ready when READY or RESUMED arrives; counts heartbeat ACKs.</param>
    public async Task<ConnectionEnd> RunAsync(Uri url, GatewaySession session, ShardState state, CancellationToken cancellationToken)
    {
        using var ws = new ClientWebSocket();
        await ws.ConnectAsync(url, cancellationToken);
        using var socket = new GatewaySocket(ws, new SendLimiter(time, timings));

        // Not linked to cancellationToken: cancelling a pending receive aborts the socket without a close
        // frame. On shutdown the close (1000) goes first and the receive ends with the server's reply.
        using var connection = new CancellationTokenSource();
        using var starting = CancellationTokenSource.CreateLinkedTokenSource(connection.Token, cancellationToken);
        await using var goodbye = cancellationToken.Register(() => _ = SayGoodbyeAsync(socket, connection));
        var heartbeat = new Heartbeat(socket, session, timings, time, logger);
        Task? beating = null;
        Task? start = null;
        var ready = false;
        try
        {
            var hello = await ReceiveHelloAsync(socket, cancellationToken);
            if (hello.End is { } early)
            {
                return early;
            }

            beating = heartbeat.RunAsync(hello.Interval, connection, cancellationToken);

            // IDENTIFY may wait for its slot much longer than a heartbeat interval (another shard of its
            // bucket, or no session starts left today), so frames are read meanwhile and ACKs counted.
            start = new SessionStarter(options, identifyGate, logger).StartAsync(socket, session, state.Current.Shard, connection, starting.Token);
            while (true)
            {
                var payload = await socket.ReceiveAsync(connection.Token);
                if (payload is null)
                {
                    return Closed(socket, ready);
                }

                session.Saw(payload.S);
                switch (payload.Op)
                {
                    case GatewayOpcode.Dispatch:
                        if (dispatcher.Dispatch(payload, session))
                        {
                            ready = true;
                            state.Set(GatewayStatus.Ready, "connected");
                        }

                        break;
                    case GatewayOpcode.Heartbeat:
                        await heartbeat.BeatNowAsync(connection.Token);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        heartbeat.Acknowledged();
                        state.Acknowledged();
                        break;
                    case GatewayOpcode.Reconnect:
                        Log.ReconnectRequested(logger);
                        await socket.CloseAsync(CloseCodes.Reconnecting, "reconnect requested");
                        return new ConnectionEnd(NextStep.Resume, null, "server asked to reconnect (op 7)", ready);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.D.ValueKind == JsonValueKind.True;
                        Log.InvalidSession(logger, resumable);
                        await socket.CloseAsync(CloseCodes.Reconnecting, "invalid session");
                        return new ConnectionEnd(resumable ? NextStep.Resume : NextStep.NewSession, null, "invalid session (op 9)", ready);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The heartbeat cancelled the connection: a zombie, or a send that failed.
            return new ConnectionEnd(NextStep.Resume, null, heartbeat.Zombied ? "no heartbeat ACK (zombied connection)" : "connection lost", ready);
        }
        catch (Exception ex) when (ex is WebSocketException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Log.ConnectionBroke(logger, ex.GetType().Name, ex.Message);
            return new ConnectionEnd(NextStep.Resume, null, "connection lost", ready);
        }
        finally
        {
            await connection.CancelAsync();
            if (beating is not null)
            {
                await beating;
            }

            if (start is not null)
            {
                await start;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                await socket.CloseAsync(1000, "shutting down");
            }
        }
    }

    /// <summary>Closes with 1000 (the session ends: Discord shows the bot offline at once), then waits briefly for the server's close.</summary>
    private static async Task SayGoodbyeAsync(GatewaySocket socket, CancellationTokenSource connection)
    {
        await socket.CloseAsync(1000, "shutting down");
        try
        {
            connection.CancelAfter(GoodbyeWait);
        }
        catch (ObjectDisposedException)
        {
            // The connection had already ended.
        }
    }

    /// <summary>HELLO normally comes first; RECONNECT or a close may come instead.</summary>
    private async Task<(TimeSpan Interval, ConnectionEnd? End)> ReceiveHelloAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timings.HelloTimeout);
        var payload = await socket.ReceiveAsync(timeout.Token);
        return payload switch
        {
            null => (default, Closed(socket, false)),
            { Op: GatewayOpcode.Hello } => (TimeSpan.FromMilliseconds(payload.D.GetProperty("heartbeat_interval").GetDouble()), null),
            { Op: GatewayOpcode.Reconnect } => (default, new ConnectionEnd(NextStep.Resume, null, "server asked to reconnect before HELLO", false)),
            _ => throw new JsonException($"Expected HELLO, received op {payload.Op}."),
        };
    }

    private static ConnectionEnd Closed(GatewaySocket socket, bool ready)
    {
        var code = socket.CloseCode;
        return new ConnectionEnd(CloseCodes.After(code), code, socket.CloseReason ?? "closed by the server", ready);
    }
}

/// <summary>How a connection ended; <see cref="WasReady"/> when it got as far as READY or RESUMED.</summary>
internal sealed record ConnectionEnd(NextStep Next, int? CloseCode, string Reason, bool WasReady);
