using System.Globalization;
using System.Text;
using GcmBot.Core.Corpus;
using GcmBot.Core.Routing;
using GcmBot.Discord;
using GcmBot.Discord.Gateway;
using GcmBot.Discord.Rest;
using GcmBot.Hosting;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>
/// The app with the Discord adapter on, listening on 127.0.0.1 over real HTTP, pointed at a
/// <see cref="FakeDiscordServer"/>, with a fake router and catalog and short retry timings.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string ApplicationId = "100000000000000001";
    public const string BotToken = "test-bot-token.secret";

    private readonly WebApplication _app;
    private readonly Lock _stopLock = new();
    private Task? _stopped;

    private DiscordTestHost(WebApplication app, HttpClient client, FakeRouter router, ListLoggerProvider logs)
    {
        _app = app;
        Client = client;
        Router = router;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public FakeRouter Router { get; }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="output">The test's output: the app's log lines go there too.</param>
    /// <param name="time">The app's clock (the system's when null).</param>
    public static async Task<DiscordTestHost> StartAsync(FakeDiscordServer discord, Dictionary<string, string?>? settings = null, ITestOutputHelper? output = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var config = new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:PublicKey"] = TestKeys.Application.PublicKeyHex,
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:EnableGateway"] = "false",
            ["Discord:RegisterCommands"] = "false",
            ["Discord:InlineReplyBudget"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        // Everything, whatever appsettings.json says: tests wait for Debug lines and show them on failure.
        builder.Logging.AddFilter<ListLoggerProvider>(null, LogLevel.Debug);
        if (output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLoggerProvider(output)).AddFilter<TestOutputLoggerProvider>(null, LogLevel.Debug);
        }
        var router = new FakeRouter();
        builder.Services.AddSingleton<ICommandRouter>(router);
        builder.Services.AddSingleton<IObjectiveCatalog, FakeCatalog>();
        builder.Services.AddSingleton(new DiscordRestTimings { ServerErrorDelay = TimeSpan.FromMilliseconds(20), MaxRetryAfter = TimeSpan.FromSeconds(5) });
        builder.Services.AddSingleton(new GatewayTimings
        {
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
            ReconnectDelayMax = TimeSpan.FromMilliseconds(200),
            InvalidSessionDelayMin = TimeSpan.FromMilliseconds(10),
            InvalidSessionDelayMax = TimeSpan.FromMilliseconds(20),
            IdentifySpacing = TimeSpan.Zero,
            HelloTimeout = TimeSpan.FromSeconds(5),
            Jitter = () => 0.5,
        });
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        // As the app composes them: MapHealth below takes its /readyz writer from what AddHealth registers.
        builder.AddHealth();
        builder.AddDiscordAdapter();
        var app = builder.Build();
        app.MapDiscord();
        app.MapHealth();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordTestHost(app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(15) }, router, logs);
    }

    /// <summary>POSTs an interaction signed like Discord signs it (by default now, with the application's key).</summary>
    public Task<HttpResponseMessage> PostInteractionAsync(string json, TestKeys? key = null, DateTimeOffset? signedAt = null, Func<byte[], byte[]>? tamper = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = (signedAt ?? TimeProvider.System.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = (key ?? TestKeys.Application).Sign(timestamp, body);
        var content = new ByteArrayContent(tamper?.Invoke(body) ?? body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = content };
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return Client.SendAsync(request);
    }

    /// <summary>Stops the app as the host does on SIGTERM (10 s limit); once, however often it is called.</summary>
    public Task StopAsync()
    {
        lock (_stopLock)
        {
            return _stopped ??= StopOnceAsync();
        }

        async Task StopOnceAsync()
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _app.StopAsync(limit.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StopAsync();
        await _app.DisposeAsync();
    }
}
