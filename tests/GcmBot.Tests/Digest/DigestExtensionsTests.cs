using GcmBot.Core.Routing;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Digest;

/// <summary>The digest as Program.cs wires it: commands registered, database created on first start.</summary>
public sealed class DigestExtensionsTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("digest-host");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AddDailyDigest_HostStarts_CreatesTheDatabaseAndRegistersDigestAndDates()
    {
        var path = Path.Combine(_directory, "volume", "gcmbot.db");
        await using var factory = Factory(("Digest:DatabasePath", path));

        var handlers = factory.Services.GetServices<ICommandHandler>().SelectMany(h => h.Names).ToList();
        await Eventually.WaitUntil(() => File.Exists(path));

        Assert.Contains("digest", handlers);
        Assert.Contains("dates", handlers);
        var dates = factory.Services.GetServices<ICommandHandler>().Single(h => h.Names.Contains("dates"));
        var reply = await dates.HandleAsync("2026-11-22", new ChatContext("local", "console", "me"), CancellationToken.None);
        Assert.Equal("GCM review calendar — 22 November 2026", reply.Title);
    }

    [Fact]
    public async Task AddDailyDigest_InvalidSetting_StartupFailsNamingIt()
    {
        await using var factory = Factory(("Digest:DatabasePath", Path.Combine(_directory, "x.db")), ("Digest:TickInterval", "00:00:00"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains("Digest:TickInterval", error.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
}
