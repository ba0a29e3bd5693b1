using System.Globalization;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>
/// Settings of the fan-out benchmark (--fanout). Defaults: 10,000 digests, every fifth a Teams
/// conversation, delivered through 1, then 2, then 3 replicas that share 48 Discord calls a second.
/// </summary>
/// <param name="Digests">Subscriptions due at once, per configuration (--digests N).</param>
/// <param name="SmallerDigests">Per replica count, a smaller N where the full one would not fit the time (--digests-for R=N).</param>
/// <param name="Replicas">The replica counts to run, in order (--replicas 1,2,3).</param>
/// <param name="TeamsEvery">Every K-th subscription is a Teams conversation, 0 for none (--teams-every K).</param>
/// <param name="DiscordBudget">Discord calls a second for all replicas together, split evenly (--discord-budget); under Discord's 50.</param>
/// <param name="ConcurrentPosts">Digest:MaxConcurrentPosts of each replica (--concurrent-posts).</param>
internal sealed record FanoutSettings(
    int Digests,
    IReadOnlyDictionary<int, int> SmallerDigests,
    IReadOnlyList<int> Replicas,
    int TeamsEvery,
    int DiscordBudget,
    int ConcurrentPosts,
    string AppPath)
{
    public static FanoutSettings Parse(IReadOnlyList<string> args, string defaultAppPath)
    {
        var smaller = args.Select((a, i) => (a, i)).Where(p => p.a == "--digests-for" && p.i + 1 < args.Count)
            .Select(p => args[p.i + 1].Split('=', 2))
            .ToDictionary(p => Number(p[0]), p => Number(p[1]));
        var settings = new FanoutSettings(
            Digests: Number(Text(args, "--digests") ?? "10000"),
            SmallerDigests: smaller,
            Replicas: [.. (Text(args, "--replicas") ?? "1,2,3").Split(',').Select(Number)],
            TeamsEvery: Number(Text(args, "--teams-every") ?? "5"),
            DiscordBudget: Number(Text(args, "--discord-budget") ?? "48"),
            ConcurrentPosts: Number(Text(args, "--concurrent-posts") ?? "16"),
            AppPath: Text(args, "--app") ?? defaultAppPath);
        if (settings.DiscordBudget is < 1 or >= 50 || settings.Replicas.Any(r => r < 1 || settings.DiscordBudget / r < 1))
        {
            throw new ArgumentException("--discord-budget must be under Discord's 50 calls a second and give every replica at least 1.");
        }

        return settings;
    }

    public int DigestsFor(int replicas) => SmallerDigests.TryGetValue(replicas, out var n) ? n : Digests;

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string? Text(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }
}
