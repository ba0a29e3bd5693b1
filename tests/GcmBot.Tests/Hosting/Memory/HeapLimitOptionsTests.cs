using GcmBot.Hosting.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class HeapLimitOptionsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("8")]
    [InlineData("5000")]
    public void Start_HeadroomOutOfRange_RefusedNamingIt(string value)
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Memory:HeapLimitHeadroomMegabytes"] = value }, output);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Memory:HeapLimitHeadroomMegabytes must be between 16 and 4096", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_HeapLimitIsOptIn()
    {
        // A ceiling can turn a burst bigger than its room into OutOfMemoryException, and no room is safe for every
        // load (docs/performance.md, issue 19g), so the app ships without one: appsettings.json and the code agree.
        using var factory = new GcmBotFactory(new Dictionary<string, string?>(), output);
        _ = factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<HeapLimitOptions>>().Value;

        Assert.False(options.HeapLimit);
        Assert.False(new HeapLimitOptions().HeapLimit);
        Assert.Equal(64, options.HeapLimitHeadroomMegabytes);
    }
}
