using System.Net;
using System.Text.Json;
using GcmBot.Tests.Discord.Fakes;
using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Interactions;

/// <summary>Signature checks and PING over real HTTP, requests signed with a test Ed25519 key.</summary>
public sealed class InteractionEndpointTests(ITestOutputHelper output) : DiscordHostTest(output)
{
    [Fact]
    public async Task Post_SignedPing_AnswersPong()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Post_TamperedBody_Unauthorized()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Command("help"), tamper: body =>
        {
            var copy = body.ToArray();
            copy[^2] ^= 0x01;
            return copy;
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Host.Router.Requests);
    }

    [Fact]
    public async Task Post_SignedWithAnotherKey_Unauthorized()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Ping(), key: TestKeys.Other);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TimestampTenMinutesOld_Unauthorized()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Ping(), signedAt: TimeProvider.System.GetUtcNow().AddMinutes(-10));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TimestampOneMinuteOld_Accepted()
    {
        using var response = await Host.PostInteractionAsync(InteractionJson.Ping(), signedAt: TimeProvider.System.GetUtcNow().AddMinutes(-1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_Unauthorized()
    {
        using var content = new StringContent(InteractionJson.Ping(), System.Text.Encoding.UTF8, "application/json");

        using var response = await Host.Client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedSignature_Unauthorized()
    {
        using var content = new StringContent(InteractionJson.Ping(), System.Text.Encoding.UTF8, "application/json");
        content.Headers.Add("X-Signature-Ed25519", "zz");
        content.Headers.Add("X-Signature-Timestamp", "12");

        using var response = await Host.Client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedButNotJson_BadRequest()
    {
        using var response = await Host.PostInteractionAsync("not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
