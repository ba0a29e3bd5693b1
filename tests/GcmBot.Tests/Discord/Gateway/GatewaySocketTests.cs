using System.Net.WebSockets;
using GcmBot.Discord.Gateway;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>
/// The gateway socket over .NET's own WebSocket implementation (WebSocket.CreateFromStream, as ClientWebSocket
/// uses), on a stream whose writes the test holds, to play a send that is slow because the machine is busy.
/// </summary>
public sealed class GatewaySocketTests
{
    [Fact]
    public async Task SendAsync_StopRequestedWhileTheFrameIsBeingWritten_SocketStaysOpenAndCloses1000()
    {
        var stream = new HeldWriteStream();
        using var ws = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
        using var socket = new GatewaySocket(ws, new SendLimiter(new FakeTimeProvider(), new GatewayTimings()));
        using var stop = new CancellationTokenSource();

        // A heartbeat is being written when the app starts stopping (the heartbeat's token is linked to the stop).
        var heartbeat = socket.SendAsync(GatewayOpcode.Heartbeat, 7, stop.Token);
        await stream.WriteStarted.WaitAsync(TimeSpan.FromSeconds(10));
        await stop.CancelAsync();
        stream.ReleaseWrites();
        await heartbeat.WaitAsync(TimeSpan.FromSeconds(10));

        // .NET's WebSocket aborts itself when the token of a write in progress is cancelled; then no close
        // frame could be sent and Discord would see a dropped connection instead of 1000 (the cold-clone flake).
        Assert.Equal(WebSocketState.Open, ws.State);
        await socket.CloseAsync(1000, "shutting down");
        Assert.Equal(WebSocketState.CloseSent, ws.State);

        // The last frame written is a close frame (FIN + opcode 8) whose first two payload bytes are the code, 1000 = 0x03E8.
        var close = stream.Frames[^1];
        Assert.Equal(0x88, close[0]);
        Assert.Equal(0x03E8, Unmasked(close, 0) << 8 | Unmasked(close, 1));
    }

    /// <summary>A client frame's payload byte <paramref name="index"/>: clients mask with the 4 bytes after the 2-byte header (short payloads).</summary>
    private static int Unmasked(byte[] frame, int index) => frame[6 + index] ^ frame[2 + (index % 4)];

    /// <summary>Records each write as one frame; the first write waits until the test releases it.</summary>
    private sealed class HeldWriteStream : Stream
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<byte[]> Frames { get; } = [];

        public Task WriteStarted => _started.Task;

        public void ReleaseWrites() => _released.TrySetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            lock (Frames)
            {
                Frames.Add(buffer.ToArray());
            }

            _started.TrySetResult();
            await _released.Task;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
