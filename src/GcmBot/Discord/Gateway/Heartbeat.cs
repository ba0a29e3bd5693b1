namespace GcmBot.Discord.Gateway;

/// <summary>
/// Heartbeats for one connection: the first after interval × jitter, then every interval. A heartbeat
/// due while the previous one is still unacknowledged means the connection is a zombie: it is
/// closed (not with 1000, so the session can resume) and the connection's token cancelled.
/// </summary>
internal sealed class Heartbeat(GatewaySocket socket, GatewaySession session, GatewayTimings timings, TimeProvider time, ILogger logger)
{
    private volatile bool _acknowledged = true;

    public bool Zombied { get; private set; }

    public void Acknowledged() => _acknowledged = true;

    /// <param name="connection">Cancelled here when the connection is found dead; ends the beats too.</param>
    /// <param name="stop">The app is stopping: no more beats, while the connection closes normally.</param>
    public async Task RunAsync(TimeSpan interval, CancellationTokenSource connection, CancellationToken stop)
    {
        using var beats = CancellationTokenSource.CreateLinkedTokenSource(connection.Token, stop);
        var token = beats.Token;
        try
        {
            await Task.Delay(interval * timings.Jitter(), time, token);
            while (!token.IsCancellationRequested)
            {
                if (!_acknowledged)
                {
                    Zombied = true;
                    Log.Zombied(logger, interval);
                    await socket.CloseAsync(CloseCodes.Reconnecting, "heartbeat not acknowledged");
                    await connection.CancelAsync();
                    return;
                }

                // Sent on the connection's token, not the app's: cancelling a send under way aborts the
                // socket, and then the 1000 close that ends the session on shutdown is never sent.
                await BeatNowAsync(connection.Token);
                await Task.Delay(interval, time, token);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The connection ended; so do its heartbeats.
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            Log.ConnectionBroke(logger, ex.GetType().Name, ex.Message);
            await connection.CancelAsync();
        }
    }

    /// <summary>Sends a heartbeat with the last sequence number (also when the server asks with op 1).</summary>
    public async Task BeatNowAsync(CancellationToken cancellationToken)
    {
        _acknowledged = false;
        await socket.SendAsync(GatewayOpcode.Heartbeat, session.Sequence, cancellationToken);
    }
}
