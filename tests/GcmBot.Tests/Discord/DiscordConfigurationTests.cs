using System.Net;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Discord;

/// <summary>The real Program: no Discord settings → adapter off, said once; partial settings → start-up refused, naming what is missing.</summary>
public sealed class DiscordConfigurationTests
{
    [Fact]
    public async Task Start_NoDiscordSettings_AdapterOffSaidOnceAndNoEndpoint()
    {
        var logs = new ListLoggerProvider();
        await using var factory = Factory(logs, []);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single(logs.Lines, l => l.Message.StartsWith("Discord adapter off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_OnlyTheToken_RefusedNamingTheMissingSettings()
    {
        await using var factory = Factory(new ListLoggerProvider(), new() { ["Discord:BotToken"] = "abc" });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Discord:ApplicationId (environment variable Discord__ApplicationId)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:PublicKey (environment variable Discord__PublicKey)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Discord:BotToken", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Discord:PublicKey", "not-hex", "Discord:PublicKey must be the 64 hex digits")]
    [InlineData("Discord:ApplicationId", "app", "Discord:ApplicationId must be the numeric application id")]
    [InlineData("Discord:ListenChannelIds:0", "1234", "Discord:ListenChannelIds needs Discord:MessageContentIntent")]
    [InlineData("Discord:InlineReplyBudget", "00:00:05", "Discord:InlineReplyBudget must be between")]
    [InlineData("Discord:ShardCount", "-1", "Discord:ShardCount must be 0")]
    [InlineData("Discord:ShardIds", "0-3", "Discord:ShardIds needs Discord:ShardCount")]
    [InlineData("Discord:GlobalRequestsPerSecond", "51", "Discord:GlobalRequestsPerSecond must be from 1 to 50")]
    public async Task Start_InvalidSetting_RefusedNamingIt(string key, string value, string expected)
    {
        var settings = FullSettings();
        settings[key] = value;
        await using var factory = Factory(new ListLoggerProvider(), settings);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_AllSettings_EndpointAnswersSignedPing()
    {
        var logs = new ListLoggerProvider();
        await using var factory = Factory(logs, FullSettings());
        using var client = factory.CreateClient();
        var body = """{"id":"1","application_id":"1","type":1,"token":"t"}"""u8.ToArray();
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var content = new ByteArrayContent(body);
        content.Headers.Add("X-Signature-Ed25519", TestKeys.Application.Sign(timestamp, body));
        content.Headers.Add("X-Signature-Timestamp", timestamp);

        using var response = await client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), content);

        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
        Assert.Contains(logs.Lines, l => l.Message == "Discord adapter on");
    }

    private static Dictionary<string, string?> FullSettings() => new()
    {
        ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
        ["Discord:PublicKey"] = TestKeys.Application.PublicKeyHex,
        ["Discord:BotToken"] = DiscordTestHost.BotToken,
        ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        ["Discord:EnableGateway"] = "false",
        ["Discord:RegisterCommands"] = "false",
    };

    private static WebApplicationFactory<Program> Factory(ListLoggerProvider logs, Dictionary<string, string?> settings, string environment = "Development") =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(l => l.ClearProviders().AddProvider(logs));
        });
}
