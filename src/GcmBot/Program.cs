using GcmBot.Teams;

var builder = WebApplication.CreateBuilder(args);

builder.AddTeamsAdapter();

var app = builder.Build();

app.MapTeams();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
