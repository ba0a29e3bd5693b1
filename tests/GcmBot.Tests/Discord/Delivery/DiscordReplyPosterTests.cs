using GcmBot.Core.Routing;
using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Tests.Discord.Fakes;
using GcmBot.Tests.Discord.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Delivery;

/// <summary>The digest's poster: outcomes mapped from Discord's answers, parts sent once each.</summary>
public sealed class DiscordReplyPosterTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    private const string Channel = "710000000000000001";

    private IReplyPoster Poster => Assert.Single(Host.Services.GetServices<IReplyPoster>(), p => p.Surface == Surface.Discord);

    private static Reply Digest => Reply.Simple(ReplyKind.Answer, "GCM digest", "Objective 13 today.");

    [Fact]
    public async Task Post_Accepted_SentToTheChannel()
    {
        var outcome = await Poster.PostAsync(Channel, Digest, CancellationToken.None);

        Assert.Equal(PostOutcome.Sent, outcome);
        Assert.Equal($"/channels/{Channel}/messages", Assert.Single(Discord.Created).Path);
    }

    [Theory]
    [InlineData(404, """{"message":"Unknown Channel","code":10003}""", PostOutcome.Gone)]
    [InlineData(403, """{"message":"Missing Access","code":50001}""", PostOutcome.Gone)]
    [InlineData(400, """{"message":"Invalid Form Body","code":50035}""", PostOutcome.Retry)]
    public async Task Post_Refused_MapsTheStatus(int status, string body, PostOutcome expected)
    {
        Discord.Script("POST", "/channels/", status, body);

        Assert.Equal(expected, await Poster.PostAsync(Channel, Digest, CancellationToken.None));
    }

    [Fact]
    public async Task Post_ServerErrorsExhausted_Retry()
    {
        for (var i = 0; i < 5; i++)
        {
            Discord.Script("POST", "/channels/", 503, "");
        }

        Assert.Equal(PostOutcome.Retry, await Poster.PostAsync(Channel, Digest, CancellationToken.None));
        Assert.Empty(Discord.Created);
    }

    [Fact]
    public async Task Post_RateLimitedBeyondTheAllowedWait_Retry()
    {
        Discord.Script("POST", "/channels/", 429, """{"message":"slow","retry_after":60,"global":false}""");

        Assert.Equal(PostOutcome.Retry, await Poster.PostAsync(Channel, Digest, CancellationToken.None));
    }

    [Fact]
    public async Task Post_RetriedAfterAPartialFailure_EarlierPartsNotPostedTwice()
    {
        var reply = SampleReplies.ManyQuotes(30, 900);
        Discord.Script("POST", "/channels/", 200, """{"id":"1"}""", createFirst: true);
        for (var i = 0; i < 5; i++)
        {
            Discord.Script("POST", "/channels/", 500, "");
        }

        var first = await Poster.PostAsync(Channel, reply, CancellationToken.None);
        var second = await Poster.PostAsync(Channel, reply, CancellationToken.None);

        Assert.Equal((PostOutcome.Retry, PostOutcome.Sent), (first, second));
        var parts = new GcmBot.Discord.Rendering.ReplyRenderer().Render(reply).Count;
        Assert.Equal(parts, Discord.Created.Count);
        Assert.Equal(parts, Discord.Created.Select(r => r.Json.GetProperty("nonce").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Post_SameDigestKeyTwiceEvenWithChangedText_PostedOnceWithEnforcedNonce()
    {
        var poster = Assert.IsAssignableFrom<IIdempotentReplyPoster>(Poster);

        // A retry after a crash may add "sent late"; the key (subscription and day) is what makes it the same post.
        await poster.PostAsync(Channel, Digest, "digest:7:2026-12-04", CancellationToken.None);
        await poster.PostAsync(Channel, Reply.Simple(ReplyKind.Answer, "GCM digest", "Sent late. Objective 13 today."), "digest:7:2026-12-04", CancellationToken.None);
        await poster.PostAsync(Channel, Digest, "digest:7:2026-12-05", CancellationToken.None);

        Assert.Equal(2, Discord.Created.Count);
        Assert.All(Discord.Created, r => Assert.True(r.Json.GetProperty("enforce_nonce").GetBoolean()));
        Assert.All(Discord.Created, r => Assert.InRange(r.Json.GetProperty("nonce").GetString()!.Length, 1, 25));
    }
}
