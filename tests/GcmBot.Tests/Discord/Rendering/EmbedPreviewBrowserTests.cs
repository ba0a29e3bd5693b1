using System.Text;
using GcmBot.Core.Routing;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rendering;
using Microsoft.Playwright;
using Xunit.Abstractions;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.Discord.Rendering;

/// <summary>
/// The real Discord JSON of /objective 13, drawn in chromium by our own preview (Preview/embed-preview.js,
/// not Discord's client) for the README: the title first, "Short name" and "Reviewed in 2022" right under it.
/// </summary>
public sealed class EmbedPreviewBrowserTests(RealRouterRenderingTests.Router router, ITestOutputHelper output)
    : BrowserTest, IClassFixture<RealRouterRenderingTests.Router>
{
    [Fact]
    public async Task Objective13_FieldsShowRightUnderTheTitle()
    {
        var reply = (await router.Instance.RouteAsync(new ChatRequest("objective 13h", new ChatContext(Surface.Discord, "c", "u")), CancellationToken.None)).Reply;
        var message = Assert.Single(new ReplyRenderer().Render(reply));
        var json = Encoding.UTF8.GetString(DiscordJson.Serialize(message));

        var page = await Chromium.NewPageAsync(600, 400);
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "GcmBot.Tests", "Discord", "Rendering", "Preview");
        await page.SetContentAsync("<!doctype html><html><body><div id=\"host\"></div></body></html>");
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Path = Path.Combine(folder, "embed-preview.css") });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(folder, "embed-preview.js") });
        await page.EvaluateAsync("json => window.drawDiscordMessage(JSON.parse(json), document.getElementById('host'))", json);

        var order = await page.EvalOnSelectorAllAsync<string[]>(".title, .field .name, blockquote", "els => els.map(e => e.className || e.tagName)");
        Assert.Equal(["title", "name", "name", "BLOCKQUOTE"], order.Take(4));
        await Assertions.Expect(page.Locator(".field .name").First).ToHaveTextAsync("Short name");

        var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "discord-objective-13h.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.Locator(".message").ScreenshotAsync(new LocatorScreenshotOptions { Path = shot });
        output.WriteLine($"Screenshot: {shot}");
    }
}
