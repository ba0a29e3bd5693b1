using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using GcmBot.Tests.Teams.Fakes;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// The real app (real router and corpus) on Kestrel at 127.0.0.1 with every logger captured at Trace,
/// and test services layered on top.
/// </summary>
internal sealed class HardeningHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Starts the app now (WebApplicationFactory starts it lazily) and returns a client for it.</summary>
    public HttpClient Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        return client;
    }

    /// <summary>Log entries at Error or above, which no hostile input or platform fault may cause.</summary>
    public IReadOnlyList<string> Errors() =>
        [.. Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {Leaks.Excerpt(e.Text, 0)}")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // appsettings.json filters Microsoft.AspNetCore to Warning; the tests want every line.
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
