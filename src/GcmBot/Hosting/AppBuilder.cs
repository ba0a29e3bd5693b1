using Microsoft.Extensions.Logging.Console;

namespace GcmBot.Hosting;

/// <summary>
/// The web host's builder: <see cref="WebApplication.CreateSlimBuilder(WebApplicationOptions)"/> with what GcmBot
/// uses of the full one put back. The same configuration sources (appsettings, environment, command line, user
/// secrets in Development), console and EventSource logging, host filtering and Kestrel with HTTPS endpoints; left
/// out is what every start paid for and GcmBot never uses: IIS integration, HTTP/3 (QUIC), the Debug log provider
/// (it writes only to an attached debugger) and regex route constraints (docs/performance.md, issue 19s).
/// </summary>
internal static class AppBuilder
{
    private const string FormatterNameSetting = "Logging:Console:FormatterName";

    public static WebApplicationBuilder Create(WebApplicationOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(options);

        // Urls or Kestrel:Endpoints may name https:// endpoints and their certificates.
        builder.WebHost.UseKestrelHttpsConfiguration();

        // dotnet-trace and dotnet-monitor read the app's log through it.
        builder.Logging.AddEventSourceLogger();

        // The slim builder names the simple console formatter after the configuration is bound, which would make the
        // setting (json, systemd) ignored; it decides last, as with the full builder.
        builder.Services.PostConfigure<ConsoleLoggerOptions>(console =>
        {
            if (builder.Configuration[FormatterNameSetting] is { Length: > 0 } name)
            {
                console.FormatterName = name;
            }
        });
        return builder;
    }
}
