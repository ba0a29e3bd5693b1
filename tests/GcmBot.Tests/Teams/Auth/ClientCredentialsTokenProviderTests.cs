using GcmBot.Teams.Auth;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Auth;

public sealed class ClientCredentialsTokenProviderTests(ITestOutputHelper output) : TeamsTestbedTest(withConnector: false)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneTokenRequest()
    {
        Bed.Login.TokenEndpointDelay = TimeSpan.FromMilliseconds(300);
        await using var services = TeamsServices.Build(Bed.AuthenticatedSettings(), time, output: output);
        var provider = services.Services.GetRequiredService<IOutboundTokenProvider>();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None)));

        Assert.All(tokens, token => Assert.Equal("connector-token-1", token));
        Assert.Single(Bed.Login.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_NearExpiry_RefreshesFiveMinutesAhead()
    {
        await using var services = TeamsServices.Build(Bed.AuthenticatedSettings(), time, output: output);
        var provider = services.Services.GetRequiredService<IOutboundTokenProvider>();
        await provider.GetTokenAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("connector-token-1", await provider.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        Assert.Equal("connector-token-2", await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RenewAsync_TokenAlreadyReplaced_DoesNotFetchAgain()
    {
        await using var services = TeamsServices.Build(Bed.AuthenticatedSettings(), time, output: output);
        var provider = services.Services.GetRequiredService<IOutboundTokenProvider>();
        var first = await provider.GetTokenAsync(CancellationToken.None);

        var renewedOnce = await provider.RenewAsync(first!, CancellationToken.None);
        var renewedTwice = await provider.RenewAsync(first!, CancellationToken.None);

        Assert.Equal("connector-token-2", renewedOnce);
        Assert.Equal("connector-token-2", renewedTwice);
        Assert.Equal(2, Bed.Login.TokenRequests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenantBot_UsesTheBotFrameworkTenant()
    {
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:AppType"] = "MultiTenant";
        settings.Remove("Teams:TenantId");
        await using var services = TeamsServices.Build(settings, time, output: output);

        await services.Services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(CancellationToken.None);

        var (tenant, form) = Assert.Single(Bed.Login.TokenRequests);
        Assert.Equal("botframework.com", tenant);
        Assert.Equal(TeamsApplication.AppId, form["client_id"]);
        Assert.Equal(TeamsApplication.AppSecret, form["client_secret"]);
    }

    [Fact]
    public async Task GetTokenAsync_EmulatorMode_ReturnsNoToken()
    {
        await using var services = TeamsServices.Build(TeamsApplication.Emulator(Bed.State.StatePath), time, output: output);

        Assert.Null(await services.Services.GetRequiredService<IOutboundTokenProvider>().GetTokenAsync(CancellationToken.None));
        Assert.Empty(Bed.Login.TokenRequests);
    }
}
