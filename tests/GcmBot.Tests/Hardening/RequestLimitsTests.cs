using System.Net;

namespace GcmBot.Tests.Hardening;

/// <summary>
/// Every chat endpoint caps its body (16 KB local chat, 256 KB Discord and Teams) and says 413 cleanly,
/// closing the connection because the rest of the body is left unread; the next request is served.
/// </summary>
public sealed class RequestLimitsTests : IAsyncLifetime
{
    private HardeningBed _bed = null!;

    public async Task InitializeAsync() => _bed = await HardeningBed.StartAsync(HardeningSettings.NoRateLimits);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Theory]
    [InlineData("/api/chat", 17 * 1024)]
    [InlineData("/discord/interactions", 300 * 1024)]
    [InlineData("/api/messages", 300 * 1024)]
    public async Task Post_BodyOverTheEndpointsLimit_413ConnectionCloseAndTheNextRequestServed(string path, int size)
    {
        var body = new HostileBody("big", HostileBodies.Utf8("{\"text\":\"" + new string('x', size) + "\"}"), HostileBodies.Json);

        using var refused = await PostAsync(path, body);
        using var next = await _bed.PostChatAsync(new HostileBody("small", HostileBodies.Utf8("{\"text\":\"help\"}"), HostileBodies.Json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.True(refused.Headers.ConnectionClose);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string path, HostileBody body) => path switch
    {
        "/api/chat" => _bed.PostChatAsync(body),
        "/discord/interactions" => _bed.PostInteractionAsync(body),
        _ => _bed.PostActivityAsync(body),
    };
}
