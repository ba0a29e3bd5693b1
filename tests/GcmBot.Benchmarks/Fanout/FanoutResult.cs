namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// One configuration's figures. Wall time runs from the first post either fake received to the post that
/// completed the last subscription's digest. Duplicates: posts beyond one digest's parts in a channel or
/// conversation; lost: subscriptions whose digest did not arrive whole before the deadline.
/// </summary>
internal sealed record FanoutResult(
    int Replicas,
    int DiscordDigests,
    int TeamsDigests,
    int DiscordPosts,
    int TeamsPosts,
    TimeSpan Wall,
    TimeSpan ReplicaCpu,
    int DiscordGlobal429,
    int DiscordRoute429,
    int TeamsApp429,
    int TeamsConversation429,
    int Duplicates,
    int Lost,
    long LedgerSent,
    int Warnings,
    string LoadAtStart,
    string LoadAtEnd)
{
    public int Digests => DiscordDigests + TeamsDigests;

    public double DigestsPerSecond => Digests / Wall.TotalSeconds;

    public double PostsPerSecond => (DiscordPosts + TeamsPosts) / Wall.TotalSeconds;
}
