using Microsoft.Playwright;

namespace GcmBot.Tests.Fakes;

/// <summary>
/// Debian's chromium driven by Playwright, headless, for the browser tests (never a browser Playwright
/// downloads: the machine has no network for it). tests/run-all.sh installs the package when missing.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A new page of the given viewport size.</summary>
    public Task<IPage> NewPageAsync(int width, int height) =>
        Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
