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
}
