using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Teams;

/// <summary>The host refuses to start with a Teams configuration that cannot work, naming the setting.</summary>
public sealed class TeamsOptionsValidationTests : IDisposable
{
    private readonly TempState state = new();

    public void Dispose() => state.Dispose();

    public static TheoryData<string, string?, string> Broken => new()
    {
        { "Teams:AppSecret", null, "Teams:AppSecret is required" },
        { "Teams:TenantId", null, "Teams:TenantId is required" },
        { "Teams:AppId", "my-bot", "Teams:AppId must be" },
        { "Teams:OpenIdMetadataUrl", "http://login.example/v1/.well-known/openidconfiguration", "Teams:OpenIdMetadataUrl must use https" },
        { "Teams:KeyRefreshInterval", "2.00:00:00", "KeyRefreshInterval" },
        { "Teams:MessageBudgetBytes", "200000", "MessageBudgetBytes" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Start_BrokenSetting_FailsNamingTheSetting(string setting, string? value, string message)
    {
        var settings = Valid();
        settings[setting] = value;
        await using var app = new TeamsApplication(settings);

        var error = Assert.Throws<OptionsValidationException>(app.StartServer);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SecretWithoutAppId_Fails()
    {
        var settings = TeamsApplication.Emulator(state.StatePath);
        settings["Teams:AppSecret"] = "orphan";
        await using var app = new TeamsApplication(settings);

        var error = Assert.Throws<OptionsValidationException>(app.StartServer);

        Assert.Contains("Teams:AppId is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MultiTenantWithoutTenantId_Starts()
    {
        var settings = Valid();
        settings["Teams:AppType"] = "MultiTenant";
        settings["Teams:TenantId"] = null;
        await using var app = new TeamsApplication(settings);

        app.StartServer();

        Assert.NotNull(app.Services);
    }

    [Fact]
    public async Task Start_NoTeamsSection_StartsInEmulatorMode()
    {
        await using var app = new TeamsApplication(TeamsApplication.Emulator(state.StatePath));

        app.StartServer();

        Assert.True(app.Services.GetRequiredService<IOptions<GcmBot.Teams.TeamsOptions>>().Value.IsEmulatorMode);
    }

    private Dictionary<string, string?> Valid() =>
        new()
        {
            ["Teams:AppId"] = TeamsApplication.AppId,
            ["Teams:AppSecret"] = TeamsApplication.AppSecret,
            ["Teams:TenantId"] = TeamsApplication.TenantId,
            ["Teams:StatePath"] = state.StatePath,
        };
}
