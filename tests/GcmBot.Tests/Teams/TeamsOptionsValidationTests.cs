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
        { "Teams:KeyRefreshInterval", "00:04:59", "KeyRefreshInterval" },
        { "Teams:MessageBudgetBytes", "200000", "MessageBudgetBytes" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Start_BrokenSetting_FailsNamingTheSetting(string setting, string? value, string message)
    {
        var settings = Valid();
        settings[setting] = value;
        await using var app = new TeamsApplication(settings);

        AssertStartFails(app, message);
    }

    [Fact]
    public async Task Start_SecretWithoutAppId_Fails()
    {
        var settings = TeamsApplication.Emulator(state.StatePath);
        settings["Teams:AppSecret"] = "orphan";
        await using var app = new TeamsApplication(settings);

        AssertStartFails(app, "Teams:AppId is empty");
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

    // The host logs the validation error before failing. WebApplicationFactory sometimes surfaces it as an
    // ObjectDisposedException instead (a race when Program's host stops), so the log is what is checked.
    private static void AssertStartFails(TeamsApplication app, string message)
    {
        Assert.ThrowsAny<Exception>(app.StartServer);

        var failure = Assert.Single(app.Logs.Entries, e => e.Text.StartsWith("Hosting failed to start", StringComparison.Ordinal));
        Assert.Contains(nameof(OptionsValidationException), failure.Text, StringComparison.Ordinal);
        Assert.Contains(message, failure.Text, StringComparison.Ordinal);
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
