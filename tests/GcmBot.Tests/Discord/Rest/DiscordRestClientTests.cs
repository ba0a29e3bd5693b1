using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>The REST client against a fake Discord on loopback answering 429s and 5xx: waits honoured, nothing lost, nothing sent twice.</summary>
public sealed class DiscordRestClientTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    private const string Channel = "700000000000000007";
    private const string OtherChannel = "700000000000000008";

    private IDiscordRest Rest => Host.Services.GetRequiredService<IDiscordRest>();

    private static DiscordMessage Message(string text, string? nonce = null) =>
        new([new DiscordEmbed("t", text, null, null, null)], [], Nonce: nonce, EnforceNonce: nonce is null ? null : true);

    [Fact]
    public async Task CreateMessage_SendsBotTokenUserAgentJsonAndNoMentions()
    {
        var result = await Rest.CreateMessageAsync(Channel, Message("hello"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(Discord.Requests);
        Assert.Equal(("POST", $"/channels/{Channel}/messages"), (request.Method, request.Path));
        Assert.Equal($"Bot {DiscordTestHost.BotToken}", request.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (https://", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(0, request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task CreateMessage_ResponseLostAfterCreating_RetryWithSameNonceCreatesNothingMore()
    {
        Discord.Script("POST", "/channels/", 502, "<html>bad gateway</html>", createFirst: true);

        var result = await Rest.CreateMessageAsync(Channel, Message("once", nonce: "q1.0"), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, Discord.Requests.Count);
        Assert.Single(Discord.Created);
    }

    [Fact]
    public async Task CreateMessage_ServerErrorsEveryTime_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 5; i++)
        {
            Discord.Script("POST", "/channels/", 500, """{"message":"oops","code":0}""");
        }

        var result = await Rest.CreateMessageAsync(Channel, Message("x"), CancellationToken.None);

        Assert.Equal(RestOutcome.ServerError, result.Outcome);
        Assert.Equal(5, Discord.Requests.Count);
        Assert.Empty(Discord.Created);
    }

    [Fact]
    public async Task CreateMessage_RetryAfterLongerThanAllowed_ReturnsRateLimitedAtOnce()
    {
        Discord.Script("POST", "/channels/", 429, """{"message":"slow down","retry_after":30,"global":false}""");

        var result = await Rest.CreateMessageAsync(Channel, Message("x"), CancellationToken.None);

        Assert.Equal(RestOutcome.RateLimited, result.Outcome);
        Assert.Single(Discord.Requests);
    }

    [Fact]
    public async Task AnyCall_AfterTheTokenIsRefused_HaltsWithoutSending()
    {
        Discord.Script("POST", "/channels/", 401, """{"message":"401: Unauthorized","code":0}""");

        var refused = await Rest.CreateMessageAsync(Channel, Message("x"), CancellationToken.None);
        var next = await Rest.CreateMessageAsync(OtherChannel, Message("y"), CancellationToken.None);

        Assert.Equal((RestOutcome.Unauthorized, RestOutcome.Halted), (refused.Outcome, next.Outcome));
        Assert.Single(Discord.Requests);
        Assert.Contains(Host.Logs.Lines, l => l.Level == LogLevel.Critical && l.Message.Contains("Discord:BotToken", StringComparison.Ordinal));
        Assert.DoesNotContain(DiscordTestHost.BotToken, Host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpAndEdit_UseTheInteractionWebhookWithoutTheBotToken()
    {
        await Rest.CreateFollowUpAsync("tok", Message("f"), CancellationToken.None);
        await Rest.EditOriginalAsync("tok", Message("e"), CancellationToken.None);

        var requests = Discord.Requests.ToList();
        Assert.Equal(("POST", $"/webhooks/{DiscordTestHost.ApplicationId}/tok"), (requests[0].Method, requests[0].Path));
        Assert.Equal(("PATCH", $"/webhooks/{DiscordTestHost.ApplicationId}/tok/messages/@original"), (requests[1].Method, requests[1].Path));
        Assert.All(requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
        Assert.DoesNotContain("/tok", Host.Logs.All, StringComparison.Ordinal);
    }
}
