using System.Net;
using GcmBot.Core.Routing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using Xunit.Abstractions;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>
/// The real GcmBot host on Kestrel (loopback, random port) with test settings, a Moq command router
/// and captured logs. Each test makes its own.
/// </summary>
internal sealed class TeamsApplication : WebApplicationFactory<Program>
{
    public const string AppId = "6f1c2d3e-4b5a-4c6d-8e9f-0a1b2c3d4e5f";
    public const string AppSecret = "s3cret~value-that-must-never-be-logged";
    public const string TenantId = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";

    private readonly Dictionary<string, string?> settings;

    public TeamsApplication(Dictionary<string, string?> settings)
    {
        this.settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Router.Setup(r => r.RouteAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatRequest request, CancellationToken _) =>
                request.Text is "help" or "" ? new RoutedReply(SampleReplies.Help(), "help") : new RoutedReply(SampleReplies.Objective13(), "objective"));
    }

    public Mock<ICommandRouter> Router { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public TimeProvider? Time { get; init; }

    /// <summary>The test's output, where the app's log lines go too (a failure shows what the app said).</summary>
    public ITestOutputHelper? Output { get; init; }

    /// <summary>More test services, registered after the app's own (e.g. shorter HTTP timeouts).</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>Use the real command router and corpus instead of the Moq router.</summary>
    public bool RealRouter { get; init; }

    /// <summary>Settings for an authenticated single-tenant bot whose Microsoft endpoints are the loopback fakes.</summary>
    public static Dictionary<string, string?> Authenticated(FakeBotFrameworkLogin login, string statePath) =>
        new()
        {
            ["Teams:AppId"] = AppId,
            ["Teams:AppSecret"] = AppSecret,
            ["Teams:TenantId"] = TenantId,
            ["Teams:OpenIdMetadataUrl"] = login.MetadataUrl.ToString(),
            ["Teams:AuthorityHost"] = login.AuthorityHost.ToString(),
            ["Teams:StatePath"] = statePath,
            ["Teams:ConversationPacing"] = "00:00:00",
            ["Teams:ExtraTrustedServiceHosts:0"] = "127.0.0.1",
        };

    /// <summary>Settings for local Emulator mode (no app id, Emulator mode asked for).</summary>
    public static Dictionary<string, string?> Emulator(string statePath) =>
        new()
        {
            ["Teams:EmulatorMode"] = "true",
            ["Teams:StatePath"] = statePath,
            ["Teams:ConversationPacing"] = "00:00:00",
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        if (Output is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(new TestOutputLoggerProvider(Output)));
        }
        builder.ConfigureServices(services =>
        {
            if (!RealRouter)
            {
                services.AddSingleton(Router.Object);
            }

            if (Time is not null)
            {
                services.AddSingleton(Time);
            }

            ExtraServices?.Invoke(services);
        });
    }
}
