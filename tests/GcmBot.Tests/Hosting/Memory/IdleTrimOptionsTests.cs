using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting.Memory;

public sealed class IdleTrimOptionsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Memory:IdleTrimAfter", "00:00:00", "Memory:IdleTrimAfter must be between 00:00:01 and 01:00:00")]
    [InlineData("Memory:IdleTrimAfter", "02:00:00", "Memory:IdleTrimAfter must be between 00:00:01 and 01:00:00")]
    [InlineData("Memory:BusyMegabytesPerSecond", "0", "Memory:BusyMegabytesPerSecond must be between 1 and 10000")]
    public void Start_InvalidSetting_RefusedNamingIt(string key, string value, string expected)
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { [key] = value }, output);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }
}
