using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;
using Xunit.Abstractions;
using GcmBot.Tests.Fakes;

namespace GcmBot.Tests.LocalChat;

/// <summary>
/// A person's view of the local chat: Debian's chromium, driven by Playwright, against the app on a
/// real loopback port. tests/run-all.sh installs chromium when it is missing.
/// </summary>
public sealed class LocalChatBrowserTests(ITestOutputHelper output) : BrowserTest
{
    private readonly GcmBotFactory _factory = new(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" }, output);
    private string _address = "";

    public override async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task LocalChat_Objective13ThenRemittances_ShowsExactTextAndCitations()
    {
        var page = await Chromium.NewPageAsync(1100, 900);
        await page.GotoAsync(_address);

        await page.FillAsync("#message", "/objective 13");
        await page.PressAsync("#message", "Enter");
        var reply = page.Locator("article.bot").Last;
        await Assertions.Expect(reply.Locator("h2")).ToHaveTextAsync("Objective 13: Use Migration Detention Only As A Measure Of Last Resort And Work Towards Alternatives");
        var actions = reply.Locator("ol.actions li");
        await Assertions.Expect(actions).ToHaveCountAsync(8);
        await Assertions.Expect(actions.Nth(7)).ToContainTextAsync(
            "Protect and respect the rights and best interests of the child at all times, regardless of their migration status, by ensuring availability and accessibility of a viable range of alternatives to detention in non-custodial contexts");
        await Assertions.Expect(actions.Nth(7)).ToContainTextAsync("GCM objective 13(h)");

        await page.FillAsync("#message", "what does it say about remittances");
        await page.PressAsync("#message", "Enter");
        var answer = page.Locator("article.bot").Nth(1);
        await Assertions.Expect(answer).ToContainTextAsync("objective 20");
        await Assertions.Expect(answer).ToContainTextAsync("Progress Declaration ¶");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "local-chat.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
    }

    [Fact]
    public async Task LocalChat_OverTheLimit_RefusedOnThePageAndNothingSent()
    {
        var page = await Chromium.NewPageAsync(1100, 900);
        var posts = 0;
        page.Request += (_, request) => posts += request.Url.EndsWith("/api/chat", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync(_address);

        await page.FillAsync("#message", new string('a', 5000));
        await page.PressAsync("#message", "Enter");

        await Assertions.Expect(page.Locator("#counter")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#counter")).ToContainTextAsync("5,000 / 2,000 characters: too long to send");
        Assert.Equal(5000, (await page.InputValueAsync("#message")).Length);
        await Assertions.Expect(page.Locator("article")).ToHaveCountAsync(0);
        Assert.Equal(0, posts);
    }

    [Fact]
    public async Task LocalChat_NearTheLimit_CounterShowsThenHidesWhenShort()
    {
        var page = await Chromium.NewPageAsync(1100, 900);
        await page.GotoAsync(_address);

        await Assertions.Expect(page.Locator("#counter")).ToBeHiddenAsync();
        await page.FillAsync("#message", new string('a', 1900));
        await Assertions.Expect(page.Locator("#counter")).ToHaveTextAsync("1,900 / 2,000 characters");
        await page.FillAsync("#message", "remittances");
        await Assertions.Expect(page.Locator("#counter")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task LocalChat_ServerRefuses_ThePageShowsWhatTheServerSaid()
    {
        var page = await Chromium.NewPageAsync(1100, 900);
        await page.GotoAsync(_address);
        // The real endpoint's refusal (a 400 with its "error" text) for a body the page never builds itself.
        using var client = _factory.CreateClient();
        using var bad = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        var refused = await client.PostAsync(new Uri("/api/chat", UriKind.Relative), bad);
        var body = await refused.Content.ReadAsStringAsync();
        await page.RouteAsync("**/api/chat", route => route.FulfillAsync(new RouteFulfillOptions { Status = (int)refused.StatusCode, ContentType = "application/json", Body = body }));

        await page.FillAsync("#message", "objective 13");
        await page.PressAsync("#message", "Enter");

        var reply = page.Locator("article.bot").Last;
        await Assertions.Expect(reply).ToContainTextAsync("Send JSON like {\"text\": \"objective 13\"}");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("**bold** claims about borders")]
    public async Task LocalChat_TypedText_EchoedExactly(string typed)
    {
        var page = await Chromium.NewPageAsync(1100, 900);
        await page.GotoAsync(_address);

        await page.FillAsync("#message", typed);
        await page.PressAsync("#message", "Enter");

        await Assertions.Expect(page.Locator("article.user").Last).ToHaveTextAsync(typed);
        await Assertions.Expect(page.Locator("article.bot").Last).ToContainTextAsync($"“{typed}”");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 740)]
    public async Task LocalChat_LongConversation_InputBarStaysAtTheBottom(int width, int height)
    {
        var page = await Chromium.NewPageAsync(width, height);
        await page.GotoAsync(_address);

        foreach (var text in new[] { "what does it say about remittances", "/objective 13" })
        {
            await page.FillAsync("#message", text);
            await page.PressAsync("#message", "Enter");
            await Assertions.Expect(page.Locator("article.bot")).ToHaveCountAsync(text.StartsWith('/') ? 2 : 1);
        }

        var bar = await page.Locator("#composer").BoundingBoxAsync();
        Assert.NotNull(bar);
        Assert.InRange(bar.Y + bar.Height, height - 1, height + 1);
        var shot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"local-chat-{width}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
        output.WriteLine($"Screenshot: {shot}");
    }
}
