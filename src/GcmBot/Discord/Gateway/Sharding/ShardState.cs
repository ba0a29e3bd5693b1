namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>What one shard is doing now, for /readyz, and how many heartbeat ACKs it has read.</summary>
internal sealed class ShardState(Shard shard)
{
    // One object, so a reader never sees one state's status with another's detail.
    private volatile ShardStatus _current = new(shard, GatewayStatus.Connecting, "connecting");
    private long _heartbeatAcks;

    public ShardStatus Current => _current;

    /// <summary>Heartbeat ACKs read on this shard's connections so far.</summary>
    public long HeartbeatAcks => Interlocked.Read(ref _heartbeatAcks);

    public void Set(GatewayStatus status, string detail) => _current = new(shard, status, detail);

    public void Acknowledged() => Interlocked.Increment(ref _heartbeatAcks);
}

/// <summary>One shard's status and, in words, why (close code included) or that it is connected.</summary>
internal sealed record ShardStatus(Shard Shard, GatewayStatus Status, string Detail);
