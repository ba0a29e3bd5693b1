using GcmBot.Discord;

var builder = WebApplication.CreateBuilder(args);
builder.AddDiscordAdapter();

var app = builder.Build();
app.MapDiscord();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
