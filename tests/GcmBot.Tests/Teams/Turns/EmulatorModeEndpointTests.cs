using System.Net;
using System.Net.Http.Json;
using System.Text;
using GcmBot.Core.Routing;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.Logging;
using Moq;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>
/// Issue 14: the unauthenticated Emulator endpoint exists only when asked for, and then refuses what a web
/// page or a same-host proxy could send, and every serviceUrl but plain http on localhost/127.0.0.1.
/// </summary>
public sealed class EmulatorModeEndpointTests : TeamsTestbedTest
{
    [Fact]
    public async Task Post_NoAppIdAndEmulatorModeOff_IsNotFound()
    {
        await using var app = new TeamsApplication(new() { ["Teams:StatePath"] = Bed.State.StatePath });

        var response = await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator"), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(app.Logs.Entries, e => e.Text.Contains("Teams adapter off", StringComparison.Ordinal));
        app.Router.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Start_EmulatorModeWithAppId_FailsNamingTheSetting()
    {
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:EmulatorMode"] = "true";
        await using var app = new TeamsApplication(settings);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Teams:EmulatorMode", error.ToString(), StringComparison.Ordinal);
    }

    // The three "simple request" content types a page may POST cross-origin without a preflight, and none.
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_NotJson_RefusedWith415AndLoggedAtInformation(string? contentType)
    {
        await using var app = Bed.Emulator();
        var json = TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator").ToJsonString();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertRefusedQuietly(app, "content type");
    }

    [Theory]
    [InlineData("Origin", "https://attacker.example")]
    [InlineData("Origin", "null")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "gcmbot.example")]
    [InlineData("X-Forwarded-Proto", "https")]
    public async Task Post_BrowserOrProxyHeader_RefusedWith403(string header, string value)
    {
        await using var app = Bed.Emulator();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator")),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertRefusedQuietly(app, header == "Origin" ? "Origin" : "forwarding header");
    }

    // The loopback spellings from the probe; the fake Connector listens on 127.0.0.1, so a reply to any
    // of them that reached it (or anything else) would show up in its log.
    [Theory]
    [InlineData("http://127.1:{port}/teams/")]
    [InlineData("http://2130706433:{port}/teams/")]
    [InlineData("http://[::1]:{port}/teams/")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/teams/")]
    [InlineData("https://127.0.0.1:{port}/teams/")]
    public async Task Post_ServiceUrlNotPlainLoopbackHttp_RefusedAndNothingSent(string template)
    {
        await using var app = Bed.Emulator();
        var port = new Uri(Bed.Connector.ServiceUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var serviceUrl = template.Replace("{port}", port, StringComparison.Ordinal);

        var refused = await TeamsTestbed.PostAsync(app, TestActivities.Message(serviceUrl, "objective 13", channelId: "emulator"), null);

        // A good message afterwards is answered, so the Connector would have seen the refused one first.
        var accepted = await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator"), null);
        var reply = Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        AssertRefusedQuietly(app, "serviceUrl");
        app.Router.Verify(r => r.RouteAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.StartsWith("/teams/", reply.Path, StringComparison.Ordinal);
    }

    private static void AssertRefusedQuietly(TeamsApplication app, string reason)
    {
        var refusal = Assert.Single(app.Logs.Entries, e => e.Text.StartsWith("Refused a request to the Emulator endpoint", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, refusal.Level);
        Assert.Contains(reason, refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
