using System.Diagnostics;
using System.Globalization;
using GcmBot.Soak;

// The bounded soak: the published app on 127.0.0.1 with all three chat endpoints, each held at a fixed
// rate for the given minutes (30 at most), resident memory and readiness sampled every 10 seconds.
var options = SoakOptions.Parse(args);
await using var platform = await FakePlatform.StartAsync();
var requests = new SoakRequests(platform.BaseUrl + "/teams/");
await using var app = await AppProcess.StartAsync(options.AppDll, new Dictionary<string, string>
{
    ["LocalChat:Enabled"] = "true",
    ["Discord:ApplicationId"] = SoakRequests.ApplicationId,
    ["Discord:PublicKey"] = requests.PublicKeyHex,
    ["Discord:BotToken"] = "soak-bot-token",
    ["Discord:ApiBaseUrl"] = platform.BaseUrl + "/api/v10",
    ["Discord:EnableGateway"] = "false",
    ["Discord:RegisterCommands"] = "false",
    ["Teams:ConversationPacing"] = "00:00:00",
    ["Digest:Enabled"] = "false",

    // The local page is one person by design (20 a minute by default); the soak measures answering, not refusing.
    ["RateLimits:UserPermits"] = "1000000",
    ["RateLimits:ConversationPermits"] = "1000000",
});

using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

// Warm-up at the same rate, not counted: JIT, tiered compilation, connection pools, SQLite caches.
EndpointLoad[] warmup =
[
    new("warm-up", n => requests.LocalChat(WarmUpOffset + n), client),
    new("warm-up", n => requests.DiscordInteraction(WarmUpOffset + n), client),
    new("warm-up", n => requests.TeamsActivity(WarmUpOffset + n), client),
];
await Task.WhenAll(warmup.Select(l => l.RunAsync(options.RatePerEndpoint, SoakOptions.WarmUp)));
var warmupErrors = warmup.Sum(l => l.Errors.Count);
var warmupTeams = warmup[2].Sent - warmup[2].Errors.Count;

EndpointLoad[] loads =
[
    new("local chat  POST /api/chat", requests.LocalChat, client),
    new("Discord     POST /discord/interactions", requests.DiscordInteraction, client),
    new("Teams       POST /api/messages", requests.TeamsActivity, client),
];

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GcmBot soak: pid {app.Id} at {app.BaseAddress}, {options.RatePerEndpoint}/s on each of {loads.Length} endpoints for {options.Duration.TotalMinutes:0.#} min"));
var samples = new List<(TimeSpan At, double Rss, long Requests, int Errors, int Ready)>();
var clock = Stopwatch.StartNew();
var running = Task.WhenAll(loads.Select(l => l.RunAsync(options.RatePerEndpoint, options.Duration)));
do
{
    var rss = app.ResidentMegabytes();
    using var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative));
    samples.Add((clock.Elapsed, rss, loads.Sum(l => l.Sent), loads.Sum(l => l.Errors.Count), (int)ready.StatusCode));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  t={clock.Elapsed.TotalSeconds,5:0}s  rss={rss,6:0.0} MB  answered={samples[^1].Requests,7}  errors={samples[^1].Errors}  readyz={(int)ready.StatusCode}"));
}
while (await Task.WhenAny(running, Task.Delay(SoakOptions.SampleEvery)) != running);
await running;

// Teams answers go out after the HTTP 200: wait until every accepted message has had its reply.
var teams = loads[2];
var expectedReplies = warmupTeams + teams.Sent - teams.Errors.Count;
for (var waited = 0; platform.TeamsMessagesAnswered < expectedReplies && waited < 600; waited++)
{
    await Task.Delay(100);
}

var final = app.ResidentMegabytes();
Report.Print(Console.Out, options, loads, samples, final, expectedReplies, platform, app.Problems);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up ({SoakOptions.WarmUp.TotalSeconds:0} s, not counted above): {warmup.Sum(l => l.Sent)} requests, {warmupErrors} errors"));
return warmupErrors + loads.Sum(l => l.Errors.Count + l.Skipped) == 0 && platform.TeamsMessagesAnswered >= expectedReplies && samples.All(s => s.Ready == 200) ? 0 : 1;

internal static partial class Program
{
    /// <summary>Warm-up requests are numbered from here, so their ids never meet the measured ones.</summary>
    private const long WarmUpOffset = 10_000_000;
}
