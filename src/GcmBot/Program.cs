using GcmBot.Cli;
using GcmBot.Corpus;
using GcmBot.Digest;
using GcmBot.Hosting;
using GcmBot.LocalChat;
using GcmBot.Routing;

// Command-line verbs (objective, ask, chat, teams-package) run without the web host.
if (await CliDispatcher.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// The corpus, and the one router every chat surface calls
builder.AddCorpus();
builder.AddCommandRouter();

// Chat surfaces
builder.AddLocalChat();

// Daily digest of review forum dates
builder.AddDailyDigest();

// Health and readiness
builder.AddHealth();

var app = builder.Build();

app.MapHealth();
app.MapLocalChat();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
