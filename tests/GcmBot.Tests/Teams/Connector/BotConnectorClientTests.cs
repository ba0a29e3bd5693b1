using System.Text.Json.Nodes;
using GcmBot.Teams.Connector;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using GcmBot.Tests.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Connector;

public sealed class BotConnectorClientTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Conversation = "a:1personal;chat=ana@x";
    private readonly FakeClock time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TempState state = new();
    private FakeBotFrameworkLogin login = null!;
    private FakeConnector connector = null!;
    private WebApplication services = null!;

    public async Task InitializeAsync()
    {
        login = await FakeBotFrameworkLogin.StartAsync();
        connector = await FakeConnector.StartAsync();
        services = TeamsServices.Build(TeamsApplication.Authenticated(login, state.StatePath), time, output: output);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
        await login.DisposeAsync();
        state.Dispose();
    }

    [Fact]
    public async Task SendAsync_WithoutReplyId_PostsToConversationActivities()
    {
        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal("sent-1", result.ActivityId);
        var received = Assert.Single(connector.Received);
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", received.Path);
        Assert.Null(received.ReplyToId);
    }

    [Fact]
    public async Task SendAsync_429ThenSuccess_RetriesOnlyAfterTheBackoffHasPassed()
    {
        connector.Respond(429, """{"error":{"code":"TooManyRequests"}}""");

        var sending = SendAsync();
        await connector.WaitForAsync(1);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(1.9));

        // The backoff (2 s) has not run out: the client is still waiting on the fake clock, so the retry cannot have gone.
        await time.WaitForTimersAsync();
        Assert.False(sending.IsCompleted);
        Assert.Single(connector.Received);

        time.Advance(TimeSpan.FromSeconds(1.2));
        var result = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Equal(2, connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterHeaderLongerThanBackoff_IsHonoured()
    {
        connector.Respond(429, retryAfterSeconds: 10);

        var sending = SendAsync();
        await connector.WaitForAsync(1);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(9));
        await time.WaitForTimersAsync();
        Assert.False(sending.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await sending.WaitAsync(TimeSpan.FromSeconds(10))).Succeeded);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task SendAsync_StatusOutsideTheRetryList_IsReturnedWithoutRetry(int status)
    {
        connector.Respond(status);

        var result = await SendAsync();

        Assert.Equal(status, result.StatusCode);
        Assert.Single(connector.Received);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task SendAsync_RetryableStatusEveryTime_GivesUpAfterMaxRetries(int status)
    {
        for (var i = 0; i < 4; i++)
        {
            connector.Respond(status);
        }

        var sending = SendAsync();
        for (var retry = 1; retry <= 3; retry++)
        {
            await connector.WaitForAsync(retry);
            await time.WaitForTimersAsync();
            time.Advance(TimeSpan.FromSeconds(30));
        }

        var result = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(4, connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_401_RenewsTheTokenOnceAndResends()
    {
        connector.Respond(401);

        var result = await SendAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(["Bearer connector-token-1", "Bearer connector-token-2"], connector.Received.Select(r => r.Authorization));
        Assert.Equal(2, login.TokenRequests.Count);
    }

    [Fact]
    public async Task SendAsync_401Twice_FailsWithoutAThirdTry()
    {
        connector.Respond(401);
        connector.Respond(401);

        var result = await SendAsync();

        Assert.Equal(401, result.StatusCode);
        Assert.Equal(2, connector.Received.Count);
    }

    [Fact]
    public async Task SendAsync_403WritesBlocked_ReportsWritesBlocked()
    {
        connector.Respond(403, """{"error":{"code":"Forbidden","message":"MessageWritesBlocked: the user blocked the bot"}}""");

        var result = await SendAsync();

        Assert.True(result.WritesBlocked);
    }

    [Fact]
    public async Task SendAsync_ServiceUrlOfAnUnknownHost_IsNotContactedWithTheToken()
    {
        var client = services.Services.GetRequiredService<IConnectorClient>();

        var result = await client.SendAsync(new ConnectorTarget(new Uri("http://localhost:9/"), Conversation), Message(), CancellationToken.None);

        Assert.Equal("UntrustedServiceUrl", result.ErrorCode);
        Assert.Empty(login.TokenRequests);
    }

    private Task<ConnectorResult> SendAsync() =>
        services.Services.GetRequiredService<IConnectorClient>()
            .SendAsync(new ConnectorTarget(new Uri(connector.ServiceUrl), Conversation), Message(), CancellationToken.None);

    private static Activity Message() =>
        new() { Type = "message", Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", new JsonObject { ["type"] = "AdaptiveCard" })] };
}
