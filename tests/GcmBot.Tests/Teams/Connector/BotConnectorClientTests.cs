using System.Text.Json.Nodes;
using GcmBot.Teams.Connector;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Connector;

public sealed class BotConnectorClientTests(ITestOutputHelper output) : TeamsServicesTest(output)
{
    private const string Conversation = "a:1personal;chat=ana@x";

    [Fact]
    public async Task SendAsync_WithoutReplyId_PostsToConversationActivities()
    {
        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal("sent-1", result.ActivityId);
        var received = Assert.Single(Bed.Connector.Received);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", received.Path);
        Assert.Null(received.ReplyToId);
    }

    [Fact]
    public async Task SendAsync_429ThenSuccess_RetriesOnlyAfterTheBackoffHasPassed()
    {
        Bed.Connector.Respond(429, """{"error":{"code":"TooManyRequests"}}""");

        var sending = SendAsync();
        await Bed.Connector.WaitForAsync(1);
        await Time.WaitForTimersAsync();
        Time.Advance(TimeSpan.FromSeconds(1.9));

        // The backoff (2 s) has not run out: the client is still waiting on the fake clock, so the retry cannot have gone.
        await Time.WaitForTimersAsync();
        Assert.False(sending.IsCompleted);
        Assert.Single(Bed.Connector.Received);

        Time.Advance(TimeSpan.FromSeconds(1.2));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Equal(2, Bed.Connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterHeaderLongerThanBackoff_IsHonoured()
    {
        Bed.Connector.Respond(429, retryAfterSeconds: 10);

        var sending = SendAsync();
        await Bed.Connector.WaitForAsync(1);
        await Time.WaitForTimersAsync();
        Time.Advance(TimeSpan.FromSeconds(9));
        await Time.WaitForTimersAsync();
        Assert.False(sending.IsCompleted);

        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await sending.WaitAsync(TimeSpan.FromSeconds(10))).Succeeded);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task SendAsync_StatusOutsideTheRetryList_IsReturnedWithoutRetry(int status)
    {
        Bed.Connector.Respond(status);

        var result = await SendAsync();

        Assert.Equal(status, result.StatusCode);
        Assert.Single(Bed.Connector.Received);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task SendAsync_RetryableStatusEveryTime_GivesUpAfterMaxRetries(int status)
    {
        for (var i = 0; i < 4; i++)
        {
            Bed.Connector.Respond(status);
        }

        var sending = SendAsync();
        for (var retry = 1; retry <= 3; retry++)
        {
            await Bed.Connector.WaitForAsync(retry);
            await Time.WaitForTimersAsync();
            Time.Advance(TimeSpan.FromSeconds(30));
        }

        var result = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(4, Bed.Connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_401_RenewsTheTokenOnceAndResends()
    {
        Bed.Connector.Respond(401);

        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(["Bearer connector-token-1", "Bearer connector-token-2"], Bed.Connector.Received.Select(r => r.Authorization));
        Assert.Equal(2, Bed.Login.TokenRequests.Count);
    }

    [Fact]
    public async Task SendAsync_401Twice_FailsWithoutAThirdTry()
    {
        Bed.Connector.Respond(401);
        Bed.Connector.Respond(401);

        var result = await SendAsync();

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(2, Bed.Connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_403WritesBlocked_ReportsWritesBlocked()
    {
        Bed.Connector.Respond(403, """{"error":{"code":"Forbidden","message":"MessageWritesBlocked: the user blocked the bot"}}""");

        var result = await SendAsync();

        Assert.True(result.WritesBlocked);
    }

    [Fact]
    public async Task SendAsync_ServiceUrlOfAnUnknownHost_IsNotContactedWithTheToken()
    {
        var client = App.Services.GetRequiredService<IConnectorClient>();

        var result = await client.SendAsync(new ConnectorTarget(new Uri("http://localhost:9/"), Conversation), Message(), CancellationToken.None);

        Assert.Equal("UntrustedServiceUrl", result.ErrorCode);
        Assert.Empty(Bed.Login.TokenRequests);
    }

    private Task<ConnectorResult> SendAsync() =>
        App.Services.GetRequiredService<IConnectorClient>()
            .SendAsync(new ConnectorTarget(new Uri(Bed.Connector.ServiceUrl), Conversation), Message(), CancellationToken.None);

    private static Activity Message() =>
        new() { Type = "message", Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", new JsonObject { ["type"] = "AdaptiveCard" })] };
}
