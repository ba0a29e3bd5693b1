using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GcmBot.Core.Routing;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Xunit.Abstractions;

namespace GcmBot.Tests.LocalChat;

public sealed class LocalChatEndpointsTests(ITestOutputHelper output) : IDisposable
{
    private readonly GcmBotFactory _factory = new(output: output);

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

    // Issue 14: the page and its files say where scripts may come from (our files only), refuse framing and sniffing.
    [Theory]
    [InlineData("/")]
    [InlineData("/chat.js")]
    [InlineData("/chat.css")]
    public async Task Get_PageAndAssets_SendCspFrameAndSniffHeaders(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    // With script-src 'self' an inline script or style would not run, so the page must have none.
    [Fact]
    public async Task Get_Root_HasNoInlineScriptStyleOrHandlers()
    {
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.All(System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value), tag => Assert.Contains(" src=", tag, StringComparison.Ordinal));
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(" on[a-z]+=", html);
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
        Assert.Equal(new byte[] { 192, 192 }, bytes[6..8]); // the Teams colour icon's width and height
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
    public async Task PostChat_NextPageOfTheLongestQuestion_ItsTokenOpensPage2()
    {
        var answers = new PagedAnswers();
        using var factory = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ICommandRouter>(answers.Router)));
        using var client = factory.CreateClient();

        var first = await ChatAsync(client, PagedAnswers.LongestAsk);
        var next = first.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("label").GetString() == "Next page").GetProperty("command").GetString()!;
        var second = await ChatAsync(client, next);

        Assert.InRange(next.Length, 1, 20);
        Assert.Equal((2, 4), (second.GetProperty("page").GetProperty("number").GetInt32(), second.GetProperty("page").GetProperty("count").GetInt32()));
        Assert.StartsWith("#3 remittances", second.GetProperty("blocks")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ChatAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Get_Root_WhenDisabled_IsNotServed()
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["LocalChat:Enabled"] = "false" }, output);
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
