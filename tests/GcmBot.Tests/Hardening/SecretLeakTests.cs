using GcmBot.Core.Routing;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// The whole app with fake secrets (Discord bot token, Teams app secret) and every logger at Trace:
/// normal traffic, then refusals (Discord 401 on the bot token, the Teams token endpoint refusing,
/// the Connector refusing the token twice). No secret or token appears in any log line or any answer.
/// </summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private const string InteractionToken = "aW50ZXJhY3Rpb24tdG9rZW4tc2VjcmV0LTQy";

    private FakeBotFrameworkLogin _login = null!;
    private HardeningBed _bed = null!;

    public async Task InitializeAsync()
    {
        _login = await FakeBotFrameworkLogin.StartAsync();
        var settings = TeamsApplication.Authenticated(_login, Path.Combine(Path.GetTempPath(), "unused.db"));
        settings.Remove("Teams:StatePath");
        settings["Teams:EmulatorMode"] = "false";
        settings["Teams:AppSecret"] = Leaks.Secrets[1];
        foreach (var (key, value) in HardeningSettings.NoRateLimits)
        {
            settings[key] = value;
        }

        _bed = await HardeningBed.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _bed.DisposeAsync();
        await _login.DisposeAsync();
    }

    [Fact]
    public async Task Traffic_AndRefusedCredentials_NoSecretInAnyLogOrAnswer()
    {
        var answers = new List<string>();
        var inbound = "Bearer " + _login.Mint(new ChannelToken(TeamsApplication.AppId, _bed.Connector.ServiceUrl, TimeProvider.System.GetUtcNow().AddMinutes(-1)));

        answers.Add(await TextAsync(_bed.PostChatAsync(Json(new JsonObject { ["text"] = "objective 13" }))));
        answers.Add(await TextAsync(_bed.PostInteractionAsync(Json(Command("objective 13")))));
        answers.Add(await TextAsync(TeamsAsync(inbound)));
        await _bed.Connector.WaitForAsync(1);

        // Refusals: Discord refuses the bot token; Teams' Connector refuses the token twice, then the token endpoint refuses the secret.
        _bed.Discord.Script("POST", "/channels/", 401, """{"message":"401: Unauthorized","code":0}""");
        var discordPoster = _bed.Host.Services.GetServices<IReplyPoster>().Single(p => p.Surface == Surface.Discord);
        answers.Add((await discordPoster.PostAsync("700000000000000007", Reply.Simple(ReplyKind.Answer, "t", "x"), CancellationToken.None)).ToString());
        _bed.Connector.Respond(401, """{"error":{"code":"Unauthorized"}}""");
        _bed.Connector.Respond(401, """{"error":{"code":"Unauthorized"}}""");
        _login.TokenEndpointFailure = 401;
        answers.Add(await TextAsync(TeamsAsync(inbound)));
        answers.Add(await TextAsync(TeamsAsync("Bearer " + Leaks.Secrets[1])));
        await _bed.SettledRepliesAsync();
        var readiness = await TextAsync(_bed.Client.GetAsync(new Uri("/readyz", UriKind.Relative)));
        answers.Add(readiness);

        var secrets = Leaks.Secrets.Concat([InteractionToken, inbound[7..].Split('.')[2], "connector-token-"]).ToList();
        var logged = _bed.Host.Logs.Entries.Select(e => e.Text).ToList();
        Assert.True(logged.Count > 50, $"only {logged.Count} log lines captured");
        Assert.StartsWith("503", readiness, StringComparison.Ordinal);
        Assert.Contains(logged, l => l.Contains("Discord", StringComparison.Ordinal) && l.Contains("401", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logged, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(answers, a => a.Contains(secret, StringComparison.Ordinal));
        }
    }

    private Task<HttpResponseMessage> TeamsAsync(string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(TestActivities.Message(_bed.Connector.ServiceUrl, "objective 13")) };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return _bed.Client.SendAsync(request);
    }

    private static JsonObject Command(string question) => new()
    {
        ["id"] = InteractionJson.NextId(),
        ["application_id"] = DiscordTestHost.ApplicationId,
        ["type"] = 2,
        ["token"] = InteractionToken,
        ["guild_id"] = InteractionJson.GuildId,
        ["channel_id"] = InteractionJson.ChannelId,
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = InteractionJson.UserId }, ["permissions"] = "2048" },
        ["data"] = new JsonObject { ["name"] = "ask", ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = question }) },
    };

    private static HostileBody Json(JsonObject body) => new("request", HostileBodies.Utf8(body.ToJsonString()), HostileBodies.Json);

    private static async Task<string> TextAsync(Task<HttpResponseMessage> send)
    {
        using var response = await send;
        return $"{(int)response.StatusCode} {response.Headers} {await response.Content.ReadAsStringAsync()}";
    }
}
