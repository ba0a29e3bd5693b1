namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>The shards this replica runs out of <see cref="Count"/> in all.</summary>
internal sealed record ShardPlan(int Count, IReadOnlyList<int> Ids)
{
    /// <summary>Discord:ShardIds (validated at start) out of <paramref name="count"/>; empty means every shard.</summary>
    public static ShardPlan For(int count, string? shardIds)
    {
        if (string.IsNullOrWhiteSpace(shardIds))
        {
            return new ShardPlan(count, [.. Enumerable.Range(0, count)]);
        }

        return ShardIdList.TryParse(shardIds, count, out var ids, out var error)
            ? new ShardPlan(count, ids)
            : throw new InvalidOperationException(error);
    }

    public IEnumerable<Shard> Shards => Ids.Select(id => new Shard(id, Count));

    public override string ToString() => Ids.Count == Count ? $"all {Count} shards" : $"shards {string.Join(",", Ids)} of {Count}";
}
