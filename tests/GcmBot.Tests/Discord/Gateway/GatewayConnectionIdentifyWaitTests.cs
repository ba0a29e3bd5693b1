using GcmBot.Discord;
using GcmBot.Discord.Gateway;
using GcmBot.Discord.Gateway.Sharding;
using GcmBot.Discord.Payloads;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>
/// A connection whose IDENTIFY must wait for its slot longer than the heartbeat interval (after op 9 the
/// previous IDENTIFY was moments ago; or no session starts are left). Real WebSockets on loopback, the
/// gateway's clock faked: heartbeats are due only when the test moves the clock.
/// </summary>
public sealed class GatewayConnectionIdentifyWaitTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(1);

    private readonly FakeClock _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ListLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;
    private readonly GatewayTimings _timings = new() { Jitter = () => 0 };
    private readonly IdentifyGate _gate;
    private readonly ShardState _state = new(Shard.Single);
    private readonly CancellationTokenSource _stop = new();
    private FakeDiscordServer _discord = null!;

    public GatewayConnectionIdentifyWaitTests()
    {
        _loggers = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        _gate = new IdentifyGate(_time, _timings, _loggers.CreateLogger<IdentifyGate>());
    }

    public async Task InitializeAsync() => _discord = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _discord.DisposeAsync();
        _stop.Dispose();
        _loggers.Dispose();
    }

    [Fact]
    public async Task IdentifyWaitLongerThanHeartbeats_AcksReadMeanwhileAndIdentifySentOnTheOpenSocket()
    {
        // The IDENTIFY before op 9 took the slot just now: the next one is due 5 s later (IdentifySpacing), five heartbeat intervals.
        await _gate.WaitAsync(0, CancellationToken.None);
        var run = CreateSut().RunAsync(GatewayUrlSource.WithQuery(_discord.GatewayUrl), new GatewaySession(), _state, _stop.Token);
        var server = await _discord.NextConnectionAsync();
        await server.HelloAsync((int)HeartbeatInterval.TotalMilliseconds);

        for (var beat = 1; beat <= 5; beat++)
        {
            // Jitter 0: the first heartbeat goes at once, then one per interval; the fake ACKs each.
            await server.ExpectAsync(1);
            await GatewayTestBase.WaitUntilAsync(() => _state.HeartbeatAcks == beat);

            // Moved only once the client waits on its next beat (and the IDENTIFY on its slot): two timers.
            await _time.WaitForTimersAsync(2);
            _time.Advance(HeartbeatInterval);
        }

        var identify = (await server.ExpectAsync(2)).GetProperty("d");
        await server.ReadyAsync("session-9", _discord.ResumeUrl, GatewayTestBase.BotUserId);
        await GatewayTestBase.WaitUntilAsync(() => _state.Current.Status == GatewayStatus.Ready);

        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(server.ClientClosed.IsCompleted, "the client closed the connection while waiting to identify");
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Warning);
        Assert.False(run.IsCompleted);
    }

    [Fact]
    public async Task ServerClosesDuringTheIdentifyWait_ConnectionEndsAtOnceWithoutIdentifying()
    {
        // No session starts left until an hour from now: without the connection's cancellation the wait would outlive the socket.
        _gate.Update(remaining: 0, resetAfterMilliseconds: 3_600_000);
        var run = CreateSut().RunAsync(GatewayUrlSource.WithQuery(_discord.GatewayUrl), new GatewaySession(), _state, _stop.Token);
        var server = await _discord.NextConnectionAsync();
        await server.HelloAsync((int)HeartbeatInterval.TotalMilliseconds);
        await server.ExpectAsync(1);

        await server.CloseAsync(4000, "Unknown error.");
        var end = await run.WaitAsync(Guard);

        Assert.Equal((NextStep.Resume, 4000, false), (end.Next, end.CloseCode, end.WasReady));
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains("identifying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AppStopsDuringTheIdentifyWait_ClosesWith1000WithoutIdentifying()
    {
        _gate.Update(remaining: 0, resetAfterMilliseconds: 3_600_000);
        var run = CreateSut().RunAsync(GatewayUrlSource.WithQuery(_discord.GatewayUrl), new GatewaySession(), _state, _stop.Token);
        var server = await _discord.NextConnectionAsync();
        await server.HelloAsync((int)HeartbeatInterval.TotalMilliseconds);
        await server.ExpectAsync(1);

        await _stop.CancelAsync();

        Assert.Equal(1000, await server.ClientClosed.WaitAsync(Guard));
        await run.WaitAsync(Guard);
        Assert.DoesNotContain(_logs.Lines, l => l.Message.Contains("identifying", StringComparison.Ordinal));
    }

    private GatewayConnection CreateSut()
    {
        var options = Options.Create(new DiscordOptions { BotToken = DiscordTestHost.BotToken });
        var dispatcher = new GatewayDispatcher(new NoMessagesExpected(), _loggers.CreateLogger<GatewayDispatcher>());
        return new GatewayConnection(options, _timings, _gate, dispatcher, _time, _loggers.CreateLogger<GatewayConnection>());
    }

    /// <summary>These tests send no MESSAGE_CREATE; one arriving would be a bug in the test.</summary>
    private sealed class NoMessagesExpected : IGatewayMessageHandler
    {
        public Task HandleAsync(ReceivedMessage message, string botUserId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No chat message was expected.");
    }
}
