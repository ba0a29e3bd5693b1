using GcmBot.Teams;
using GcmBot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams.Connector;

public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc/", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/", false)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://attacker.example/smba.trafficmanager.net/", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    public void IsTrusted_AuthenticatedBot_OnlyMicrosoftConnectorHostsOverHttps(string serviceUrl, bool expected)
    {
        var trust = new ServiceUrlTrust(Options.Create(new TeamsOptions { AppId = Guid.NewGuid().ToString() }));

        Assert.Equal(expected, trust.IsTrusted(new Uri(serviceUrl)));
    }

    [Fact]
    public void IsTrusted_ExtraHostConfigured_IsTrustedToo()
    {
        var trust = new ServiceUrlTrust(Options.Create(new TeamsOptions { AppId = Guid.NewGuid().ToString(), ExtraTrustedServiceHosts = ["127.0.0.1"] }));

        Assert.True(trust.IsTrusted(new Uri("http://127.0.0.1:3978/")));
    }

    [Theory]
    [InlineData("http://localhost:56001/", true)]
    [InlineData("http://127.0.0.1:56001/", true)]
    [InlineData("http://[::1]:56001/", false)]
    [InlineData("http://127.1:56001/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    public void IsTrusted_EmulatorMode_LoopbackOnly(string serviceUrl, bool expected)
    {
        var trust = new ServiceUrlTrust(Options.Create(new TeamsOptions { EmulatorMode = true }));

        Assert.Equal(expected, trust.IsTrusted(new Uri(serviceUrl)));
    }
}
