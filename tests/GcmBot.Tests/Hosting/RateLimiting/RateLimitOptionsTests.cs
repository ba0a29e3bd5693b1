using Xunit.Abstractions;

namespace GcmBot.Tests.Hosting.RateLimiting;

public sealed class RateLimitOptionsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("RateLimits:UserPermits", "0", "RateLimits:UserPermits must be between 1 and 1000000")]
    [InlineData("RateLimits:ConversationPermits", "-5", "RateLimits:ConversationPermits must be between 1 and 1000000")]
    [InlineData("RateLimits:Window", "00:00:00", "RateLimits:Window must be between 00:00:01 and 01:00:00")]
    [InlineData("RateLimits:Window", "02:00:00", "RateLimits:Window must be between 00:00:01 and 01:00:00")]
    public void Start_InvalidSetting_RefusedNamingIt(string key, string value, string expected)
    {
        using var factory = new GcmBotFactory(new Dictionary<string, string?> { [key] = value }, output);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }
}
