using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Teams.Fakes;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// Issue 14's hostile-input run over the real HTTP endpoints of one app (all surfaces on, Teams in Emulator
/// mode): content types a web page can send, Origin and forwarding headers, loopback spellings of serviceUrl,
/// replays, odd methods, lone surrogates, far dates, time-zone folder names and oversized chunked bodies.
/// Damaged databases are in Digest/DigestDatabaseFaultTests. Nothing here may log an Error or answer 500.
/// </summary>
public sealed class SafeByDefaultTests : IAsyncLifetime
{
    private HardeningBed _bed = null!;

    public async Task InitializeAsync() => _bed = await HardeningBed.StartAsync(HardeningSettings.NoRateLimits);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task HostileRequests_EachRefusedOrAnsweredSpecifically_NoErrorLoggedNothingRelayed()
    {
        var activity = Encoding.UTF8.GetBytes(_bed.TeamsMessage("objective 13").ToJsonString());
        var port = new Uri(_bed.Connector.ServiceUrl).Port.ToString(CultureInfo.InvariantCulture);
        var outcomes = new List<(string Case, HttpStatusCode Expected, HttpStatusCode Actual)>();

        foreach (var contentType in new[] { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b", null })
        {
            outcomes.Add(($"Teams body as {contentType ?? "no content type"}", HttpStatusCode.UnsupportedMediaType, await SendAsync("/api/messages", activity, contentType)));
        }

        foreach (var (header, value) in new[] { ("Origin", "https://attacker.example"), ("Forwarded", "for=198.51.100.4"), ("X-Forwarded-For", "198.51.100.4"), ("X-Forwarded-Host", "bot.example") })
        {
            outcomes.Add(($"Teams with {header}", HttpStatusCode.Forbidden, await SendAsync("/api/messages", activity, "application/json", (header, value))));
        }

        foreach (var host in new[] { "127.1", "2130706433", "0x7f.0.0.1", "[::1]", "localhost.attacker.example", "localhost@attacker.example" })
        {
            var relayed = Encoding.UTF8.GetBytes(TestActivities.Message($"http://{host}:{port}/teams/", "objective 13").ToJsonString());
            outcomes.Add(($"Teams serviceUrl on {host}", HttpStatusCode.Forbidden, await SendAsync("/api/messages", relayed, "application/json")));
        }

        foreach (var (path, method) in new[] { ("/healthz", "PUT"), ("/healthz", "DELETE"), ("/readyz", "TRACE"), ("/readyz", "BREW") })
        {
            using var response = await _bed.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            outcomes.Add(($"{method} {path}", HttpStatusCode.MethodNotAllowed, response.StatusCode));
        }

        Assert.All(outcomes, o => Assert.True(o.Expected == o.Actual, $"{o.Case}: expected {o.Expected}, got {o.Actual}"));
        Assert.Empty(await _bed.SettledRepliesAsync());
        Assert.Empty(_bed.Host.Errors());
    }

    [Fact]
    public async Task ReplayedInteraction_409AndAnsweredOnce()
    {
        var body = new HostileBody("help", HostileBodies.Utf8(InteractionJson.Command("help")), HostileBodies.Json);

        using var first = await _bed.PostInteractionAsync(body);
        using var replay = await _bed.PostInteractionAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }

    // The probe's case: "\ud800 remittances" as a slash-command option gave an empty 500.
    [Fact]
    public async Task LoneSurrogateOption_AnsweredNot500()
    {
        var json = InteractionJson.Command("ask", [InteractionJson.Option("question", "SURROGATE remittances")]).Replace("SURROGATE", "\\ud800", StringComparison.Ordinal);

        using var response = await _bed.PostInteractionAsync(new HostileBody("lone surrogate", HostileBodies.Utf8(json), HostileBodies.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Something went wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_bed.Host.Errors());
    }

    [Fact]
    public async Task TimeZoneFolderName_ToldItIsARegion()
    {
        var json = InteractionJson.Command(
            "digest",
            [InteractionJson.SubCommand("subscribe", InteractionJson.Option("time", "09:00"), InteractionJson.Option("timezone", "Europe"))],
            permissions: InteractionJson.ManageGuild);

        using var response = await _bed.PostInteractionAsync(new HostileBody("Europe", HostileBodies.Utf8(json), HostileBodies.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is a region, not a time zone", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dates 9999-01-01")]
    [InlineData("dates 0001-01-01")]
    public async Task FarDate_OutOfRangeReply(string text)
    {
        using var response = await _bed.PostChatAsync(new HostileBody(text, HostileBodies.Utf8(JsonSerializer.Serialize(new { text })), HostileBodies.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Date out of range", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    // Over Kestrel's 1 MB cap, sent chunked (no Content-Length): 413 and one Information line, no stack trace.
    [Theory]
    [InlineData("/discord/interactions")]
    [InlineData("/api/messages")]
    [InlineData("/api/chat")]
    public async Task OversizedChunkedBody_413AndOneInformationLine(string path)
    {
        var big = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(big) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        var before = _bed.Host.Logs.Entries.Count;

        using var response = await _bed.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var logged = _bed.Host.Logs.Entries.Skip(before).ToList();
        var line = Assert.Single(logged, e => e.Text.StartsWith("Refused a request body", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, line.Level);
        Assert.DoesNotContain(logged, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    private async Task<HttpStatusCode> SendAsync(string path, byte[] body, string? contentType, (string Name, string Value)? header = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (header is { } extra)
        {
            request.Headers.TryAddWithoutValidation(extra.Name, extra.Value);
        }

        using var response = await _bed.Client.SendAsync(request);
        return response.StatusCode;
    }
}
