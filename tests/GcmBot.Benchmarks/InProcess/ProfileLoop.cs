using System.Diagnostics;
using GcmBot.Benchmarks.Measure;

namespace GcmBot.Benchmarks.InProcess;

/// <summary>
/// One in-process operation in a loop for a while and nothing else, for a profiler to sample
/// (`perf record -g` with DOTNET_PerfMapEnabled=1): "objective-discord", "objective-teams", "ask",
/// "search" (the search stage alone, each evaluation question's search terms in turn);
/// "stages" prints CPU per answer stage; "digest" hashes every evaluation and gate answer (AnswerDigest);
/// "signature" prints the two Ed25519 rows alone (NSec and the old BouncyCastle check, in one run).
/// </summary>
internal static class ProfileLoop
{
    public static int Run(string name, TimeSpan duration, TextWriter output)
    {
        if (name == "signature")
        {
            return Signature(output);
        }

        using var app = new AppServices();
        if (name == "objective-each")
        {
            return Each(app, output);
        }

        if (name == "stages")
        {
            return StageProfile.Run(app, output);
        }

        if (name == "digest")
        {
            return AnswerDigest.Run(app, output);
        }

        var objectives = Enumerable.Range(1, 23).Select(n => $"objective {n}").ToList();
        var questions = BenchmarkCorpus.Questions();
        var fts = name == "search" ? [.. questions.Select(q => Core.Answers.Query.SearchTerms.For(app.Engine.Parser.Parse(q), app.Index))] : new List<Core.Search.SearchQuery>();
        Action<int>? step = name switch
        {
            "objective-discord" => i => ObjectiveRun.Discord(app, ObjectiveRun.Route(app, objectives[i % objectives.Count])),
            "objective-teams" => i => ObjectiveRun.Teams(app, ObjectiveRun.Route(app, objectives[i % objectives.Count])),
            "ask" => i => app.Engine.Ask(questions[i % questions.Count]),
            "search" => i => app.Index.Search(fts[i % fts.Count], 200),
            _ => null,
        };
        if (step is null)
        {
            output.WriteLine($"Unknown profile loop \"{name}\": objective-discord, objective-teams, ask, search, or objective-each (a table).");
            return 2;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var calls = 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            step(calls++);
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"{name}: {calls:N0} calls in {duration.TotalSeconds:0} s, {duration.TotalMilliseconds * 1000 / calls:0.0} µs each, {cpu.TotalMilliseconds * 1000 / calls:0.0} µs of process CPU each");
        return 0;
    }

    private static int Signature(TextWriter output)
    {
        var figures = SignatureRun.Run(400);
        output.WriteLine("| Ed25519 check of one interaction | n | p50 µs | p99 µs | CPU p50 µs | CPU p99 µs |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (label, t) in new[] { ("NSec (the app's)", figures.NSec), ("Portable.BouncyCastle (before)", figures.BouncyCastle) })
        {
            output.WriteLine($"| {label} | {t.Wall.Count:N0} | {t.Wall.P50 * 1000:0.0} | {t.Wall.P99 * 1000:0.0} | {t.Cpu.P50 * 1000:0.0} | {t.Cpu.P99 * 1000:0.0} |");
        }

        return 0;
    }

    /// <summary>Each objective's own cost (median CPU µs): which ones make the p99 of "objective N".</summary>
    private static int Each(AppServices app, TextWriter output)
    {
        output.WriteLine("| objective | route | Discord render + JSON | Teams card + JSON | page 1 characters |");
        output.WriteLine("|---:|---:|---:|---:|---:|");
        // The first runs warm everything up (tiered JIT); each objective then gets a short warm-up of its own.
        Sampler.Run(Enumerable.Range(1, 23).Select(n => ObjectiveRun.Route(app, $"objective {n}")).ToList(), 1, r => ObjectiveRun.Teams(app, r));
        Sampler.Run(Enumerable.Range(1, 23).Select(n => ObjectiveRun.Route(app, $"objective {n}")).ToList(), 1, r => ObjectiveRun.Discord(app, r));
        var brief = TimeSpan.FromSeconds(0.1);
        foreach (var n in Enumerable.Range(1, 23))
        {
            var text = $"objective {n}";
            var reply = ObjectiveRun.Route(app, text);
            var route = Sampler.Run([text], 400, t => ObjectiveRun.Route(app, t), brief).Cpu.P50;
            var discord = Sampler.Run([reply], 400, r => ObjectiveRun.Discord(app, r), brief).Cpu.P50;
            var teams = Sampler.Run([reply], 200, r => ObjectiveRun.Teams(app, r), brief).Cpu.P50;
            var characters = reply.Blocks.Sum(b => b switch
            {
                GcmBot.Core.Replies.QuoteBlock q => q.Text.Length,
                GcmBot.Core.Replies.ActionListBlock l => l.Items.Sum(i => i.Text.Length),
                _ => 0,
            });
            output.WriteLine($"| {n} | {route * 1000:0.0} | {discord * 1000:0.0} | {teams * 1000:0.0} | {characters:N0} |");
        }

        return 0;
    }
}
