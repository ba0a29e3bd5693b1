namespace GcmBot.Tests.Fakes;

/// <summary>
/// A test class that draws pages in <see cref="HeadlessChromium"/>: one browser per test (xUnit makes one instance
/// of the class per test), closed after it.
/// </summary>
public abstract class BrowserTest : IAsyncLifetime
{
    private HeadlessChromium? _chromium;

    protected HeadlessChromium Chromium => _chromium ?? throw new InvalidOperationException("The browser is launched in InitializeAsync.");

    public virtual async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public virtual async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }
}
