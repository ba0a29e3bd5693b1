using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// JSON frames over one WebSocket: whole messages in (fragments joined), commands out one at a time
/// (WebSocket allows a single sender) within the send limit.
/// </summary>
internal sealed class GatewaySocket(WebSocket socket, SendLimiter limiter) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    /// <summary>The next payload, or null when the server closed the connection (see <see cref="CloseCode"/>).</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonSerializer.Deserialize<GatewayPayload>(buffer.WrittenSpan, GatewayJson.Options)
                    ?? throw new JsonException("Empty gateway frame.");
            }
        }
    }

    public int? CloseCode => (int?)socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    public async Task SendAsync(int op, object? data, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(op == GatewayOpcode.Heartbeat, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new GatewayCommand(op, data), GatewayJson.Options);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            // The token covers the waits above, not the write: .NET's WebSocket aborts itself when the token
            // of a write in progress is cancelled, and then the close (1000) on shutdown could not be sent.
            // A write that never ends is ended by the connection's abort (close timeout or receive cancelled).
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with <paramref name="code"/> without waiting long for the server's answer; never throws.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
