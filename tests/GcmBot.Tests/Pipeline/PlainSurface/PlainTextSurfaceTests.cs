using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Pipeline.PlainSurface;

/// <summary>The test-only fourth surface answers from the real app, with the pipeline's rate limit, like the other three.</summary>
public sealed class PlainTextSurfaceTests(ITestOutputHelper output) : IDisposable
{
    private readonly GcmBotFactory _factory = new(
        new Dictionary<string, string?> { ["RateLimits:UserPermits"] = "2" }, output);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Post_ActionReference_QuotesItWithItsCitation()
    {
        using var client = Client();

        var reply = await PostAsync(client, "13(h)");

        // The action's text and citation as the source gives them (README, "What it says").
        Assert.Contains("Protect and respect the rights and best interests of the child at all times", reply, StringComparison.Ordinal);
        Assert.Contains("GCM objective 13(h)", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PastTheSendersLimit_TheLimitersRefusal()
    {
        using var client = Client();

        var replies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await PostAsync(client, "help"));
        }

        Assert.Contains("One moment, please", replies[2], StringComparison.Ordinal);
        Assert.DoesNotContain("One moment, please", replies[1], StringComparison.Ordinal);
    }

    private HttpClient Client() =>
        _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PlainTextSurface>())).CreateClient();

    private static async Task<string> PostAsync(HttpClient client, string text)
    {
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/plain", UriKind.Relative)) { Content = content };
        request.Headers.Add("X-User", "ana");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
