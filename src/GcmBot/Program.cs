using GcmBot.Cli;
using GcmBot.Corpus;
using GcmBot.Discord;
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
builder.AddDiscordAdapter();

// Health and readiness
builder.AddHealth();

var app = builder.Build();

app.MapHealth();
app.MapLocalChat();
app.MapDiscord();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
