namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>One gateway shard: Discord sends it the events of guilds where (guild_id >> 22) % Count == Id, plus DMs on shard 0.</summary>
internal readonly record struct Shard(int Id, int Count)
{
    /// <summary>The only shard of an unsharded bot.</summary>
    public static Shard Single { get; } = new(0, 1);

    /// <summary>The IDENTIFY "shard" field: [shard_id, num_shards].</summary>
    public int[] ToIdentify() => [Id, Count];

    public override string ToString() => $"shard {Id}/{Count}";
}
