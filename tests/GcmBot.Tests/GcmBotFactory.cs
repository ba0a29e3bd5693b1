using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GcmBot.Tests;

/// <summary>
/// The real app on a test server, with settings given per test. No chat platform is configured
/// unless a test says so, so the local chat is on; nor is the semantic layer.
/// </summary>
public sealed class GcmBotFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // The semantic layer (a 250 MB model) is off unless a test turns it on; the model is one per process.
        builder.UseSetting("Answers:Semantic", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
