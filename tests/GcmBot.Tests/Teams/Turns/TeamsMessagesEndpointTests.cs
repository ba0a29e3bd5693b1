using System.Net;
using GcmBot.Core.Routing;
using GcmBot.Tests.Teams.Auth;
using GcmBot.Teams.Turns;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>The whole path over real HTTP on loopback: Teams → /api/messages → router → Connector.</summary>
public sealed class TeamsMessagesEndpointTests : TeamsTestbedTest
{
    [Fact]
    public async Task Post_ValidChannelToken_RoutesStrippedTextAndRepliesWithAdaptiveCard()
    {
        await using var app = Bed.Authenticated();
        var activity = TestActivities.Message(Bed.Connector.ServiceUrl, "<at>GcmBot</at> objective 13");

        var response = await TeamsTestbed.PostAsync(app, activity, Bed.BearerFor(Bed.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(TestActivities.ChannelConversation)}/activities/1700000000123", reply.Path);
        Assert.Equal(TestActivities.ChannelConversation, reply.ConversationId);
        Assert.Equal("Bearer connector-token-1", reply.Authorization);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply.Body["attachments"]![0]!["contentType"]);
        Assert.Equal("1.5", (string?)reply.Card["version"]);
        Assert.Equal("1700000000123", (string?)reply.Body["replyToId"]);
        Assert.Equal(TestActivities.BotId, (string?)reply.Body["from"]!["id"]);
        var (tenant, form) = Assert.Single(Bed.Login.TokenRequests);
        Assert.Equal(TeamsApplication.TenantId, tenant);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        app.Router.Verify(r => r.RouteAsync(
            new ChatRequest("objective 13", new ChatContext(Surface.Teams, TestActivities.ChannelConversation, TestActivities.UserAadId, true)),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Post_CardButton_RoutesTheButtonsCommand()
    {
        await using var app = Bed.Authenticated();

        await TeamsTestbed.PostAsync(app, TestActivities.CardSubmit(Bed.Connector.ServiceUrl, "objective 13 page 2"), Bed.BearerFor(Bed.Connector.ServiceUrl));

        await Bed.Connector.WaitForAsync(1);
        app.Router.Verify(r => r.RouteAsync(It.Is<ChatRequest>(q => q.Text == "objective 13 page 2"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Post_RouterFails_UserGetsAShortApologyAndTheLogGetsTheError()
    {
        await using var app = Bed.Authenticated();
        app.Router.Setup(r => r.RouteAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("index missing"));

        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"), Bed.BearerFor(Bed.Connector.ServiceUrl));

        var reply = Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.Equal("Something went wrong", reply.CardTitle);
        Assert.DoesNotContain("index missing", reply.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Text.Contains("index missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_TwoMessagesInOneConversation_AreAnsweredInArrivalOrder()
    {
        await using var app = Bed.Authenticated();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Router.Setup(r => r.RouteAsync(It.Is<ChatRequest>(q => q.Text == "objective 13"), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                entered.TrySetResult();
                await release.Task;
                return new RoutedReply(SampleReplies.Objective13(), "objective");
            });

        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"), Bed.BearerFor(Bed.Connector.ServiceUrl));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "help"), Bed.BearerFor(Bed.Connector.ServiceUrl));

        // The first turn is held under way; the second must wait behind it in its conversation's lane, not be
        // taken (a worker answering it now would post "What I can do" first). Only then is the first let go.
        var queue = app.Services.GetRequiredService<TeamsTurnQueue>();
        await Eventually.WaitUntil(() => queue.Count == 1 && queue.Unfinished == 2, () => $"{queue.Count} queued, {queue.Unfinished} unfinished, {Bed.Connector.Received.Count} replies", what: "the second turn waiting behind the first");
        Assert.Empty(Bed.Connector.Received);
        release.SetResult();

        var replies = await Bed.Connector.WaitForAsync(2);
        Assert.Equal(["GCM objective 13", "What I can do"], replies.Select(r => r.CardTitle));
    }

    [Theory]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("expired beyond skew", HttpStatusCode.Unauthorized)]
    [InlineData("bad signature", HttpStatusCode.Unauthorized)]
    [InlineData("serviceurl mismatch", HttpStatusCode.Unauthorized)]
    [InlineData("key not endorsed for channel", HttpStatusCode.Forbidden)]
    [InlineData("no token", HttpStatusCode.Unauthorized)]
    public async Task Post_BadCredentials_IsRefusedAndTheBotDoesNothing(string spoiler, HttpStatusCode expected)
    {
        await using var app = Bed.Authenticated();
        var (authorization, channelId) = BotFrameworkTokenValidatorTests.SpoiledRequest(spoiler, Bed.Login, TimeProvider.System.GetUtcNow(), Bed.Connector.ServiceUrl);

        var response = await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 7", channelId: channelId), authorization);

        // A valid message afterwards, answered, shows the queue has moved past anything the refused one could have done.
        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"), Bed.BearerFor(Bed.Connector.ServiceUrl));
        var replies = await Bed.Connector.WaitForAsync(1);
        Assert.Equal(expected, response.StatusCode);
        Assert.Single(replies);
        app.Router.Verify(r => r.RouteAsync(It.Is<ChatRequest>(q => q.Text == "objective 13"), It.IsAny<CancellationToken>()), Times.Once);
        app.Router.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Post_EmulatorModeWithoutToken_IsAnsweredWithoutBearerToken()
    {
        await using var app = Bed.Emulator();

        var response = await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator"), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.Equal(string.Empty, reply.Authorization);
        Assert.Empty(Bed.Login.TokenRequests);
        Assert.Contains(app.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.Contains("Emulator mode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_EmulatorModeWithToken_IsRefused()
    {
        await using var app = Bed.Emulator();

        var response = await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator"), Bed.BearerFor(Bed.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        app.Router.VerifyNoOtherCalls();
        Assert.Empty(Bed.Connector.Received);
    }

    [Fact]
    public async Task Post_EmulatorModeWithRemoteServiceUrl_IsRefused()
    {
        await using var app = Bed.Emulator();

        var response = await TeamsTestbed.PostAsync(app, TestActivities.Message("https://relay.example/", "objective 13", channelId: "emulator"), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        app.Router.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("not json")]
    public async Task Post_MalformedActivity_IsBadRequest(string body)
    {
        await using var app = Bed.Authenticated();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await app.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_FullExchange_NeverLogsSecretOrTokens()
    {
        await using var app = Bed.Authenticated();
        var inbound = Bed.BearerFor(Bed.Connector.ServiceUrl);

        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"), inbound);
        await Bed.Connector.WaitForAsync(1);

        var logged = string.Join('\n', app.Logs.Entries.Select(e => e.Text));
        Assert.NotEmpty(app.Logs.Entries);
        Assert.DoesNotContain(TeamsApplication.AppSecret, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("connector-token-1", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(inbound.Split('.')[2], logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Reply_TheConnectorCallIsNotLoggedLineByLine()
    {
        await using var app = Bed.Authenticated();

        await TeamsTestbed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"), Bed.BearerFor(Bed.Connector.ServiceUrl));
        await Bed.Connector.WaitForAsync(1);

        // Every reply is a Connector call, so the HttpClient factory's per-request lines (URL with the conversation id,
        // timings) are off for that client; the token client's are still there, so the capture does see HttpClient lines.
        Assert.DoesNotContain(app.Logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.Teams.Connector", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.Teams.Tokens", StringComparison.Ordinal));
    }


}
