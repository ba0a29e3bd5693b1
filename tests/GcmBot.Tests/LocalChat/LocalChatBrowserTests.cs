using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GcmBot.Tests.LocalChat;

/// <summary>
/// A person's view of the local chat: Debian's chromium, driven by Playwright, against the app on a
/// real loopback port. tests/run-all.sh installs chromium when it is missing.
/// </summary>
public sealed class LocalChatBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly GcmBotFactory _factory = new(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _address = "";

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        _address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task LocalChat_Objective13ThenRemittances_ShowsExactTextAndCitations()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
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
}
