using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>
/// The server side of one gateway connection, driven by a test: send frames, read what the client sent
/// (optionally acknowledging heartbeats automatically), close with a code, see how the client closed.
/// </summary>
internal sealed class FakeGatewayConnection
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeGatewayConnection(WebSocket socket, string path)
    {
        _socket = socket;
        Path = path;
        Completion = ReadLoopAsync();
    }

    /// <summary>Path and query the client connected to, e.g. "/resume?v=10&amp;encoding=json".</summary>
    public string Path { get; }

    /// <summary>Answer each heartbeat with op 11 (on by default; turn off to play a zombied connection).</summary>
    public bool AutoAck { get; set; } = true;

    public int HeartbeatsReceived { get; private set; }

    public Task Completion { get; }

    /// <summary>The close code the client sent, or null when it dropped the connection without one.</summary>
    public Task<int?> ClientClosed => _clientClosed.Task;

    /// <summary>Why the connection ended without a close frame (null while open or after a close frame), for failure messages.</summary>
    public Exception? DroppedBy { get; private set; }

    public async Task SendAsync(int op, object? d, int? s = null, string? t = null)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["op"] = op, ["d"] = d, ["s"] = s, ["t"] = t });
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(json, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends the first half of a frame, then drops the connection without a close handshake (a network cut mid-message).</summary>
    public async Task DropMidFrameAsync(int op, object? d, int? s = null, string? t = null)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["op"] = op, ["d"] = d, ["s"] = s, ["t"] = t });
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(json.AsMemory(0, json.Length / 2), WebSocketMessageType.Text, false, CancellationToken.None);
            _socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task HelloAsync(int heartbeatMs) => SendAsync(10, new { heartbeat_interval = heartbeatMs });

    public Task ReadyAsync(string sessionId, string resumeUrl, string botUserId, int sequence = 1) =>
        SendAsync(0, new { v = 10, session_id = sessionId, resume_gateway_url = resumeUrl, user = new { id = botUserId, username = "GcmBot", bot = true } }, sequence, "READY");

    /// <summary>The next frame the client sent with opcode <paramref name="op"/>, skipping others.</summary>
    public async Task<JsonElement> ExpectAsync(int op, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        while (true)
        {
            var frame = await _received.Reader.ReadAsync(cts.Token);
            if (frame.GetProperty("op").GetInt32() == op)
            {
                return frame;
            }
        }
    }

    public async Task CloseAsync(int code, string reason = "test")
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _clientClosed.TrySetResult((int?)result.CloseStatus);
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    }

                    return;
                }

                var frame = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 1)
                {
                    HeartbeatsReceived++;
                    if (AutoAck)
                    {
                        await SendAsync(11, null);
                    }
                }

                await _received.Writer.WriteAsync(frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            DroppedBy = ex;
            _clientClosed.TrySetResult(null);
        }
        finally
        {
            _received.Writer.TryComplete();
        }
    }
}
