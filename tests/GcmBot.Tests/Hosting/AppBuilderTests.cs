using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.EventSource;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// The slim builder keeps what the README documents of the full one: the console formatter setting, EventSource logging,
/// environment variables, user secrets in Development and HTTPS endpoints from Kestrel settings.
/// </summary>
public sealed class AppBuilderTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("systemd")]
    public async Task ConsoleFormatterSetting_IsTheFormatterUsed(string name)
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = name });

        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(name, options.FormatterName);
    }

    [Fact]
    public async Task NoFormatterSetting_SimpleFormatter()
    {
        await using var factory = new GcmBotFactory();

        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Simple, options.FormatterName);
    }

    [Fact]
    public async Task LogProviders_ConsoleAndEventSource()
    {
        await using var factory = new GcmBotFactory();

        var providers = factory.Services.GetServices<ILoggerProvider>().Select(p => p.GetType()).ToList();

        Assert.Contains(typeof(ConsoleLoggerProvider), providers);
        Assert.Contains(typeof(EventSourceLoggerProvider), providers);
    }

    [Fact]
    public async Task EnvironmentVariable_ReachesTheConfiguration()
    {
        const string Name = "AppBuilderTests__Probe";
        Environment.SetEnvironmentVariable(Name, "from the environment");
        try
        {
            await using var factory = new GcmBotFactory();

            Assert.Equal("from the environment", factory.Services.GetRequiredService<IConfiguration>()["AppBuilderTests:Probe"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Name, null);
        }
    }

    [Fact]
    public async Task Development_ReadsUserSecrets()
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["environment"] = "Development" });

        var sources = ((IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>()).Providers.OfType<JsonConfigurationProvider>();

        Assert.Contains(sources, p => p.Source.Path == "secrets.json");
    }

    [Fact]
    public async Task KestrelHttpsEndpointSetting_ServesHttps()
    {
        var directory = TestPaths.NewTempDirectory("https");
        try
        {
            var certificate = Path.Combine(directory, "server.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var created = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
                await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pfx, "test"));
            }

            await using var factory = new GcmBotFactory(new Dictionary<string, string?>
            {
                ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
                ["Kestrel:Endpoints:Https:Certificate:Path"] = certificate,
                ["Kestrel:Endpoints:Https:Certificate:Password"] = "test",
            });
            factory.UseKestrel();
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
            using var client = new HttpClient(handler);

            using var response = await client.GetAsync(new Uri(new Uri(address), "/healthz"));

            Assert.StartsWith("https://", address, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
