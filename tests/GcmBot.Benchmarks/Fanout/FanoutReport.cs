using System.Globalization;

namespace GcmBot.Benchmarks.Fanout;

/// <summary>The Markdown table the README shows: one row per replica count, throughput next to the one-replica row.</summary>
internal static class FanoutReport
{
    public static void Write(TextWriter output, IReadOnlyList<FanoutResult> results, string heading)
    {
        output.WriteLine(heading);
        output.WriteLine();
        output.WriteLine("| Replicas | Digests (Discord + Teams) | Posts | Wall time | Digests/s | Posts/s | vs 1 replica | Discord 429 global / route | Teams 429 app / conversation | Duplicates | Lost | Ledger sent | Replica CPU | Load avg start → end |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var baseline = results.FirstOrDefault(r => r.Replicas == 1);
        foreach (var r in results)
        {
            var ratio = baseline is null || baseline.PostsPerSecond == 0 ? "n/a" : (r.PostsPerSecond / baseline.PostsPerSecond).ToString("0.00×", CultureInfo.InvariantCulture);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Replicas} | {r.Digests:N0} ({r.DiscordDigests:N0} + {r.TeamsDigests:N0}) | {r.DiscordPosts + r.TeamsPosts:N0} | {r.Wall.TotalSeconds:0.0} s | {r.DigestsPerSecond:0.0} | {r.PostsPerSecond:0.0} | {ratio} | {r.DiscordGlobal429} / {r.DiscordRoute429} | {r.TeamsApp429} / {r.TeamsConversation429} | {r.Duplicates} | {r.Lost} | {r.LedgerSent:N0} | {r.ReplicaCpu.TotalSeconds:0} s | {r.LoadAtStart} → {r.LoadAtEnd} |"));
        }
    }
}
