using System.Globalization;

namespace GcmBot.Benchmarks;

/// <summary>Command-line settings; the defaults are the documented run (about four minutes).</summary>
internal sealed record BenchmarkSettings(
    bool BenchmarkDotNet,
    bool InProcess,
    bool OverHttp,
    int Rounds,
    int IndexBuilds,
    int Launches,
    TimeSpan StepDuration,
    double P99CeilingMs,
    int MaxConcurrency,
    string? Scenario,
    IReadOnlyList<string> AppEnvironment,
    string? AppPath,
    TimeSpan SettleDuration,
    int? TeamsConversations = null,
    bool Floor = false)
{
    public static BenchmarkSettings Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        return new BenchmarkSettings(
            BenchmarkDotNet: args.Contains("--bdn"),
            InProcess: !args.Contains("--http-only"),
            OverHttp: !args.Contains("--in-process-only"),
            Rounds: quick ? 10 : 40,
            IndexBuilds: quick ? 5 : 20,
            Launches: quick ? 1 : 3,
            StepDuration: TimeSpan.FromSeconds(Value(args, "--step-seconds") ?? (quick ? 1 : 4)),
            P99CeilingMs: Value(args, "--p99-ceiling-ms") ?? 50,
            MaxConcurrency: (int)(Value(args, "--max-concurrency") ?? 256),
            Scenario: Text(args, "--scenario"),
            AppPath: Text(args, "--app"),
            SettleDuration: TimeSpan.FromSeconds(Value(args, "--settle-seconds") ?? (quick ? 5 : 30)),
            TeamsConversations: Value(args, "--teams-conversations") is { } conversations ? (int)conversations : null,
            Floor: args.Contains("--floor"),
            AppEnvironment: [.. args.Select((a, i) => (a, i)).Where(p => p.a == "--app-env" && p.i + 1 < args.Count).Select(p => args[p.i + 1])]);
    }

    private static double? Value(IReadOnlyList<string> args, string name) =>
        Text(args, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    private static string? Text(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }
}
