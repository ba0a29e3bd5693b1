using System.Net;
using System.Text.Json;
using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// Issue 14: any Host header used to be accepted (a DNS-rebinding page could reach the local endpoints).
/// appsettings.json now admits local names only; AllowedHosts widens it.
/// </summary>
public sealed class AllowedHostsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    public async Task Request_DefaultSettings_OnlyLocalHostNamesAnswered(string host, HttpStatusCode expected)
    {
        using var factory = new GcmBotFactory(output: output);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = host;

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Request_AllowedHostsConfigured_ThatNameAnswered()
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "gcmbot.example.org" }, output);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = "gcmbot.example.org";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void SettingsFiles_EmulatorOnlyInDevelopment_LocalHostsByDefault()
    {
        using var shipped = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        using var development = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json")));

        Assert.Equal("localhost;127.0.0.1;[::1]", shipped.RootElement.GetProperty("AllowedHosts").GetString());
        Assert.False(shipped.RootElement.GetProperty("Teams").TryGetProperty("EmulatorMode", out _));
        Assert.True(development.RootElement.GetProperty("Teams").GetProperty("EmulatorMode").GetBoolean());
    }
}
