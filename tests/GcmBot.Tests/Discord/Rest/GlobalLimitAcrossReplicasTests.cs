using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using GcmBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Discord.Rest;

/// <summary>
/// Two replicas (two apps) posting through one fake Discord that keeps the global limit of 50 requests
/// per second per bot token. Each replica's Discord:GlobalRequestsPerSecond is its share of that limit.
/// Whether shares keep replicas under the global limit is timing, so it is tested on fake time at the limiter
/// (GlobalRequestLimiterTests); over real HTTP a loaded machine delivers requests in bunches. This test stays
/// well under the limit in any bunching (24 posts and their bucket retries) and checks that no post is lost.
/// </summary>
public sealed class GlobalLimitAcrossReplicasTests : IAsyncLifetime
{
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync();
        _discord.GlobalLimitPerSecond = 50;
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task TwoReplicasPostingToTheSameChannels_BucketsKeptAndNoPostLost()
    {
        // Each channel's bucket allows 5 posts a second; neither replica knows what the other spent, so
        // some posts get a bucket 429 and are sent again after the reset the fake announces.
        _discord.ChannelMessageLimit = 5;

        var results = await PostFromTwoReplicasAsync(share: 15, posts: 12, channels: 2);

        Assert.All(results, r => Assert.Equal(RestOutcome.Success, r.Outcome));
        Assert.Equal(0, _discord.GlobalRateLimited);
        Assert.Equal(24, _discord.Created.Count);
    }

    /// <summary>Both replicas post at once: <paramref name="posts"/> each, to a channel per post or spread over <paramref name="channels"/> channels.</summary>
    private async Task<RestResult[]> PostFromTwoReplicasAsync(int share, int posts, int? channels = null)
    {
        var settings = new Dictionary<string, string?> { ["Discord:GlobalRequestsPerSecond"] = share.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var a = await DiscordTestHost.StartAsync(_discord, settings);
        await using var b = await DiscordTestHost.StartAsync(_discord, settings);
        var sends = new[] { a, b }.SelectMany((replica, r) => Enumerable.Range(0, posts).Select(i =>
            replica.Services.GetRequiredService<IDiscordRest>().CreateMessageAsync(
                channels is { } c ? $"710000000000000{i % c}" : $"70000000000000{r}{i:D3}",
                new DiscordMessage([], [], Content: $"post {i} from replica {r}"),
                CancellationToken.None)));
        return await Task.WhenAll(sends);
    }
}
