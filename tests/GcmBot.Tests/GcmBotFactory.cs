using Microsoft.AspNetCore.Hosting;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests;

/// <summary>
/// The real app on a test server, with settings given per test. No chat platform is configured
/// unless a test says so, so the local chat is on; nor is the semantic layer.
/// </summary>
/// <param name="output">The test's output: the app's log lines go there (a failure shows what the app said).</param>
public sealed class GcmBotFactory(IReadOnlyDictionary<string, string?>? settings = null, ITestOutputHelper? output = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // The semantic layer (a 250 MB model) is off unless a test turns it on; the model is one per process.
        builder.UseSetting("Answers:Semantic", "false");

        // The idle trim watches the whole process's allocations and pauses it for a full compacting GC: in a
        // test process full of hosts that would stall unrelated tests. Its own tests run it on a fake clock.
        builder.UseSetting("Memory:IdleTrim", "false");
        if (output is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new TestOutputLoggerProvider(output)));
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
