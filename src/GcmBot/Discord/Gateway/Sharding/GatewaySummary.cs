namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>The whole gateway's status from its shards': one shard speaks for itself; several give the worst status and each unready shard's reason.</summary>
internal static class GatewaySummary
{
    public static (GatewayStatus Status, string Detail) Of(IReadOnlyList<ShardStatus> shards)
    {
        if (shards.Count == 0)
        {
            return (GatewayStatus.Connecting, "connecting");
        }

        if (shards.Count == 1)
        {
            return (shards[0].Status, shards[0].Detail);
        }

        var worst = shards.MaxBy(s => Severity(s.Status))!;
        var detail = worst.Status == GatewayStatus.Ready
            ? $"connected ({shards.Count} shards)"
            : string.Join("; ", shards.Where(s => s.Status != GatewayStatus.Ready).Select(s => $"{s.Shard}: {s.Detail}"));
        return (worst.Status, detail);
    }

    private static int Severity(GatewayStatus status) => status switch
    {
        GatewayStatus.Ready => 0,
        GatewayStatus.Connecting => 1,
        GatewayStatus.Reconnecting => 2,
        _ => 3,
    };
}
