using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>
/// A storm of 429s and a run of 5xx (some after Discord had already created the message) against calls
/// in flight together: no message is created twice, every call ends with an outcome (a call that runs
/// out of attempts says so, logged as an error, and throws nothing), and once the storm passes everything goes through.
/// </summary>
public sealed class RestStormTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    private const string Channel = "700000000000000007";

    [Fact]
    public async Task CreateMessage_429StormAnd5xxRun_NothingTwiceThenAllThrough()
    {
        for (var i = 0; i < 30; i++)
        {
            var (status, body) = (i % 5) switch
            {
                0 or 1 => (429, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}"""),
                2 => (500, """{"message":"500: Internal Server Error","code":0}"""),
                3 => (502, "<html>bad gateway</html>"),
                _ => (503, "upstream connect error"),
            };
            Discord.Script("POST", "/channels/", status, body, createFirst: status == 502);
        }

        var rest = Host.Services.GetRequiredService<IDiscordRest>();
        var storm = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => rest.CreateMessageAsync(Channel, Message($"storm-{i}"), CancellationToken.None)));
        var after = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => rest.CreateMessageAsync(Channel, Message($"after-{i}"), CancellationToken.None)));

        var nonces = Discord.Created.Select(r => r.Json.GetProperty("nonce").GetString()).ToList();
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
        Assert.All(storm, r => Assert.Contains(r.Outcome, new[] { RestOutcome.Success, RestOutcome.RateLimited, RestOutcome.ServerError }));
        Assert.All(after, r => Assert.True(r.IsSuccess));
        Assert.Equal(8, nonces.Count(n => n!.StartsWith("after-", StringComparison.Ordinal)));
        Assert.DoesNotContain(Host.Logs.Lines, l => l.Message.Contains("Exception", StringComparison.Ordinal));
    }

    private static DiscordMessage Message(string nonce) =>
        new([new DiscordEmbed("t", nonce, null, null, null)], [], Nonce: nonce, EnforceNonce: true);
}
