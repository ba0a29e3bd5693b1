using GcmBot.Digest;

var builder = WebApplication.CreateBuilder(args);

// Daily digest of review forum dates
builder.AddDailyDigest();

var app = builder.Build();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
