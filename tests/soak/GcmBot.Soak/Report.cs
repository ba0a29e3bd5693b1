using System.Globalization;

namespace GcmBot.Soak;

/// <summary>The soak's figures: requests, errors, latency per endpoint, memory start/middle/end, anything lost.</summary>
internal static class Report
{
    public static void Print(
        TextWriter output,
        SoakOptions options,
        IReadOnlyList<EndpointLoad> loads,
        IReadOnlyList<(TimeSpan At, double Rss, long Requests, int Errors, int Ready)> samples,
        double finalRss,
        long expectedTeamsReplies,
        FakePlatform platform,
        IReadOnlyList<string> appProblems)
    {
        var w = (FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
        output.WriteLine();
        w($"{"endpoint",-40} {"requests",9} {"errors",7} {"skipped",8} {"limited",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var load in loads)
        {
            var l = load.Latency();
            w($"{load.Name,-40} {load.Sent,9} {load.Errors.Count,7} {load.Skipped,8} {load.Limited,8} {l.P50,8:0.0} {l.P99,8:0.0} {l.Max,8:0.0}");
        }

        var total = loads.Sum(l => l.Sent);
        w($"total: {total} requests in {options.Duration.TotalMinutes:0.#} min ({total / options.Duration.TotalSeconds:0.0}/s), {loads.Sum(l => l.Errors.Count)} errors");
        var start = samples[Math.Min(1, samples.Count - 1)].Rss;
        var middle = samples[samples.Count / 2].Rss;
        w($"memory (VmRSS): {samples[0].Rss:0.0} MB after warm-up, {start:0.0} MB 10 s in, {middle:0.0} MB at half time, {finalRss:0.0} MB at the end, max {samples.Max(s => s.Rss):0.0} MB; second half {finalRss - middle:+0.0;-0.0} MB");
        w($"readiness: {samples.Count(s => s.Ready == 200)} of {samples.Count} samples 200");
        w($"Teams: {platform.TeamsMessagesAnswered} of {expectedTeamsReplies} accepted messages answered ({Math.Max(0, expectedTeamsReplies - platform.TeamsMessagesAnswered)} lost), in {platform.TeamsReplies} activities; Discord follow-up calls: {platform.DiscordCalls}");
        w($"app warnings or errors logged: {appProblems.Count}");
        foreach (var line in loads.SelectMany(l => l.Errors).Concat(appProblems).Take(10))
        {
            output.WriteLine("  " + line);
        }
    }
}
