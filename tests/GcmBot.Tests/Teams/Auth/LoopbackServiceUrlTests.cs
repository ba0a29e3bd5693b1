using GcmBot.Teams.Auth;

namespace GcmBot.Tests.Teams.Auth;

public sealed class LoopbackServiceUrlTests
{
    // The rule: http, and the host written exactly as "localhost" or "127.0.0.1".
    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://127.0.0.1:56001/teams/")]
    [InlineData("http://localhost")]
    [InlineData("HTTP://LOCALHOST:80/x")]
    public void IsAllowed_PlainLoopbackHttp_True(string serviceUrl) => Assert.True(LoopbackServiceUrl.IsAllowed(serviceUrl));

    // Every other spelling of loopback that a URL parser would still resolve there, other hosts hidden behind
    // a loopback-looking prefix, and other schemes (the probe in issue 14 used 127.1, [::1] and 2130706433).
    [Theory]
    [InlineData("http://127.1/")]
    [InlineData("http://2130706433/")]
    [InlineData("http://0x7f.0.0.1/")]
    [InlineData("http://0177.0.0.1/")]
    [InlineData("http://127.0.0.2/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("https://localhost:3978/")]
    [InlineData("ftp://localhost/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://localhost@attacker.example/")]
    [InlineData("http://user@localhost/")]
    [InlineData("http://localhost:0/")]
    [InlineData("http://localhost:99999/")]
    [InlineData("http://localhost:22x/")]
    [InlineData("http://localhost\\@attacker.example/")]
    [InlineData(" http://localhost/")]
    [InlineData("//localhost/")]
    [InlineData("")]
    [InlineData(null)]
    public void IsAllowed_AnythingElse_False(string? serviceUrl) => Assert.False(LoopbackServiceUrl.IsAllowed(serviceUrl));
}
