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
/// One <see cref="GatewayConnection"/> against the fake gateway on loopback, with the gateway's clock faked:
/// heartbeats and IDENTIFY slots are due only when a test moves <see cref="Time"/>.
/// </summary>
/// <param name="jitter">The first heartbeat's jitter, fixed so the test knows when it is due.</param>
public abstract class FakeClockGatewayTest(double jitter) : IAsyncLifetime
{
    internal static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private ILoggerFactory? _loggers;
    private IdentifyGate? _gate;

    internal FakeClock Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    internal ListLoggerProvider Logs { get; } = new();

    internal GatewayTimings Timings { get; } = new() { Jitter = () => jitter };

    internal ShardState State { get; } = new(Shard.Single);

    internal CancellationTokenSource Stop { get; } = new();

    internal FakeDiscordServer Server { get; private set; } = null!;

    internal ILoggerFactory Loggers => _loggers ??= LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));

    /// <summary>The connection's IDENTIFY slots, on <see cref="Time"/>.</summary>
    internal IdentifyGate Gate => _gate ??= new IdentifyGate(Time, Timings, Loggers.CreateLogger<IdentifyGate>());

    public async Task InitializeAsync() => Server = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync()
    {
        await Stop.CancelAsync();
        await Server.DisposeAsync();
        Stop.Dispose();
        _loggers?.Dispose();
    }

    internal GatewayConnection CreateConnection()
    {
        var options = Options.Create(new DiscordOptions { BotToken = DiscordTestHost.BotToken });
        var dispatcher = new GatewayDispatcher(new NoMessagesExpected(), Loggers.CreateLogger<GatewayDispatcher>());
        return new GatewayConnection(options, Timings, Gate, dispatcher, Time, Loggers.CreateLogger<GatewayConnection>());
    }

    /// <summary>These tests send no MESSAGE_CREATE; one arriving would be a bug in the test.</summary>
    private sealed class NoMessagesExpected : IGatewayMessageHandler
    {
        public Task HandleAsync(ReceivedMessage message, string botUserId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No chat message was expected.");
    }
}
