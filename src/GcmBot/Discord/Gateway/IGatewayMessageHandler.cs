using GcmBot.Discord.Payloads;

namespace GcmBot.Discord.Gateway;

/// <summary>Receives the messages the gateway delivers (MESSAGE_CREATE), with the bot's own user id.</summary>
internal interface IGatewayMessageHandler
{
    Task HandleAsync(ReceivedMessage message, string botUserId, CancellationToken cancellationToken);
}

/// <summary>The gateway client, behind an interface so another implementation (an official SDK) could replace it.</summary>
internal interface IDiscordGateway : IGatewayStatus
{
    /// <summary>Connects and stays connected until cancelled or until Discord refuses for good (fatal close code).</summary>
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>What the gateway is doing now, read-only, for /readyz.</summary>
internal interface IGatewayStatus
{
    GatewayStatus Status { get; }

    /// <summary>In words: why it is reconnecting or stopped (with the close code), or that it is connected.</summary>
    string Detail { get; }

    /// <summary>Each shard this replica runs, with its own status; empty while none runs (finding the count, resharding).</summary>
    IReadOnlyList<Sharding.ShardStatus> Shards { get; }
}

internal enum GatewayStatus
{
    /// <summary>The first connection, before READY.</summary>
    Connecting,
    Ready,

    /// <summary>A connection ended; the next one has not reached READY or RESUMED yet.</summary>
    Reconnecting,

    /// <summary>Stopped: for good after a fatal close code or a rejected token (see the log), or because the app is stopping.</summary>
    Stopped,
}
