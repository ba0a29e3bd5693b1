using System.Net;
using GcmBot.Hosting.RateLimiting;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// A few hundred hostile requests through each chat endpoint of the running app (real router): never a
/// 5xx, never an error logged, no stack trace or secret in any answer, and nothing sent that pings anyone.
/// </summary>
public sealed class EndpointHostileInputTests : IAsyncLifetime
{
    /// <summary>Hostile texts per endpoint; the broken and wrongly shaped requests come on top.</summary>
    private const int TextsPerEndpoint = 240;

    private HardeningBed _bed = null!;

    public async Task InitializeAsync() => _bed = await HardeningBed.StartAsync(HardeningSettings.NoRateLimits);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task PostChat_HostileRequests_AnsweredWithoutServerErrorOrLeak()
    {
        var (sent, failures) = await SendAllAsync(HostileBodies.LocalChat(HostileText.Sample(TextsPerEndpoint)), _bed.PostChatAsync, _ => []);

        Assert.True(sent > TextsPerEndpoint, $"only {sent} requests sent");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public async Task PostInteraction_HostileSignedRequests_AnsweredWithoutServerErrorLeakOrPing()
    {
        var (sent, failures) = await SendAllAsync(HostileInteractions.All(HostileText.Sample(TextsPerEndpoint)), _bed.PostInteractionAsync, Leaks.DiscordPings);
        await _bed.SettledRepliesAsync();
        failures.AddRange(_bed.Discord.Requests.ToList().SelectMany(r => Leaks.DiscordPings(r.Body).Concat(Leaks.InText(r.Body))).Select(p => "follow-up: " + p));

        Assert.True(sent > TextsPerEndpoint, $"only {sent} requests sent");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public async Task PostActivity_HostileActivities_AnsweredWithoutServerErrorLeakOrPing()
    {
        // Spread over conversations as real traffic is: one conversation's turns run one at a time.
        var conversation = 0;
        var bodies = HostileBodies.TeamsActivity(HostileText.Sample(TextsPerEndpoint), text => _bed.TeamsMessage(text, $"a:hostile-{conversation++ % 40}"));
        var (sent, failures) = await SendAllAsync(bodies, _bed.PostActivityAsync, _ => []);
        var replies = await _bed.SettledRepliesAsync();
        failures.AddRange(replies.Select(r => r.Body.ToJsonString()).SelectMany(json => Leaks.TeamsPings(json).Concat(Leaks.InText(json))).Select(p => "reply: " + p));
        failures.AddRange(_bed.Host.Errors());

        Assert.True(sent > TextsPerEndpoint, $"only {sent} requests sent");
        Assert.True(replies.Count >= TextsPerEndpoint / 2, $"only {replies.Count} replies");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private async Task<(int Sent, List<string> Failures)> SendAllAsync(
        IEnumerable<HostileBody> bodies, Func<HostileBody, Task<HttpResponseMessage>> post, Func<string, IEnumerable<string>> pings)
    {
        var sent = 0;
        var failures = new List<string>();
        foreach (var body in bodies)
        {
            HttpResponseMessage response;
            try
            {
                response = await post(body);
            }
            catch (HttpRequestException) when (body.Bytes.Length > RateLimitExtensions.MaxRequestBodyBytes)
            {
                // Past Kestrel's cap the server answers 413 and drops the connection rather than read on; the client may see only the drop.
                continue;
            }
            catch (HttpRequestException ex)
            {
                failures.Add($"{body.Name}: the connection failed ({ex.InnerException?.Message ?? ex.Message})");
                continue;
            }

            using var _ = response;
            sent++;
            var text = await response.Content.ReadAsStringAsync();
            var problems = Leaks.InText(text).ToList();
            if ((int)response.StatusCode >= 500)
            {
                problems.Add($"status {(int)response.StatusCode}");
            }

            if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/json")
            {
                problems.AddRange(pings(text));
            }

            failures.AddRange(problems.Select(p => $"{body.Name}: {p}"));
        }

        failures.AddRange(_bed.Host.Errors());
        return (sent, failures);
    }
}
