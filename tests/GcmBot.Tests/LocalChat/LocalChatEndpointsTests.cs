using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GcmBot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace GcmBot.Tests.LocalChat;

public sealed class LocalChatEndpointsTests : IDisposable
{
    private readonly GcmBotFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_Root_ServesTheChatPageWithoutExternalResources()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<form id=\"composer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var js = await client.GetAsync(new Uri("/chat.js", UriKind.Relative));
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Favicon_IsAnIcoHoldingAPng()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // ICO header: reserved 0, type 1 (icon), one image; the image at offset 22 is a PNG (its 8-byte signature).
        Assert.Equal(new byte[] { 0, 0, 1, 0, 1, 0 }, bytes[..6]);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[22..30]);
        Assert.Equal(bytes.Length - 22, BitConverter.ToInt32(bytes, 14));
    }

    [Fact]
    public async Task Get_Root_InputLimitIsTheRoutersAndNotACut()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // maxlength would silently cut a long paste; the page counts and refuses instead, at the router's limit.
        Assert.DoesNotContain("maxlength", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"data-max-length=\"{CommandLine.MaxLength}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostChat_Objective13_ReturnsTheReplyAsJson()
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "/objective 13" });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("Answer", root.GetProperty("kind").GetString());
        Assert.Equal("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives", root.GetProperty("title").GetString());
        var actions = root.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(8, actions.Count);
        Assert.Equal("GCM objective 13(a)", actions[0].GetProperty("citation").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\": {\"deep\": [[[[[]]]]]}}")]
    public async Task PostChat_MalformedJson_IsAClear400(string body)
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/chat", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Send JSON like", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostChat_WrongContentType_IsAClear400()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent("objective 13", Encoding.UTF8, "text/plain");
        var response = await client.PostAsync(new Uri("/api/chat", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostChat_BodyOver16Kilobytes_IsRejected()
    {
        using var client = _factory.CreateClient();
        var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = new string('x', 100_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostChat_RouterThrows_ApologyInsteadOfA500AndNoDetailsShown()
    {
        var router = new Mock<ICommandRouter>();
        router.Setup(r => r.RouteAsync(It.IsAny<ChatRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("index file C:\\secret\\path missing"));
        using var factory = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(router.Object)));
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "objective 13" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"kind\":\"Error\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Root_WhenDisabled_IsNotServed()
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["LocalChat:Enabled"] = "false" });
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
