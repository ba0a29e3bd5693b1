using GcmBot.Hosting.Startup;
using GcmBot.Teams;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams;

/// <summary>The Teams readiness check with the adapter's real wiring, against loopback stand-ins for Microsoft's endpoints.</summary>
public sealed class TeamsHealthCheckTests(ITestOutputHelper output) : TeamsTestbedTest(withConnector: false)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Check_KeysAndTokenAvailable_Healthy()
    {
        await using var services = TeamsServices.Build(Bed.AuthenticatedSettings(), time, output: output);

        var entry = await CheckAsync(services);

        Assert.Equal((HealthStatus.Healthy, "channel signing keys at hand (1); Connector token acquired"), (entry.Status, entry.Description));
        Assert.Single(Bed.Login.TokenRequests);
    }

    [Fact]
    public async Task Check_EmulatorMode_HealthyWithoutCallingAnything()
    {
        await using var services = TeamsServices.Build(TeamsApplication.Emulator(Bed.State.StatePath), time, output: output);

        var entry = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.StartsWith("Emulator mode", entry.Description, StringComparison.Ordinal);
        Assert.Equal((0, 0), (Bed.Login.MetadataFetches, Bed.Login.TokenRequests.Count));
    }

    [Fact]
    public async Task Check_StateFileNotCheckedYet_UnhealthyStartingThenHealthyOnceTheStepHasRun()
    {
        await using var services = TeamsServices.Build(TeamsApplication.Emulator(Bed.State.StatePath), time, output: output);

        // Issue 19: the state file's quick_check is a start-up step now, off the thread that starts the server; until it
        // has run the check cannot know whether the file is damaged, so it must not say ready.
        var before = (await services.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "teams")).Entries["teams"];
        var after = await CheckAsync(services);

        Assert.Equal((HealthStatus.Unhealthy, "starting: the state file (Teams:StatePath) is not checked yet"), (before.Status, before.Description));
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.StartsWith("Emulator mode", after.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_KeysUnavailable_UnhealthyAndHeldForAFewSeconds()
    {
        var fetches = 0;
        await using var down = await LoopbackServer.StartAsync(app => app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref fetches);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }));
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:OpenIdMetadataUrl"] = new Uri(down.BaseAddress, "v1/.well-known/openidconfiguration").ToString();
        await using var services = TeamsServices.Build(settings, time, output: output);

        var first = await CheckAsync(services);
        var held = await CheckAsync(services);
        time.Advance(TeamsHealthCheck.FailureHold);
        await CheckAsync(services);

        Assert.Equal(HealthStatus.Unhealthy, first.Status);
        Assert.StartsWith("the Bot Framework signing keys could not be fetched", first.Description, StringComparison.Ordinal);
        Assert.Equal((first.Status, first.Description), (held.Status, held.Description));
        // Two checks that were not held, each asking IdentityModel's one manager once for the metadata (its failure
        // ends that fetch before the keys document).
        Assert.Equal(2, fetches);
        Assert.Empty(Bed.Login.TokenRequests);
    }

    [Fact]
    public async Task Check_TokenEndpointUnreachable_UnhealthyNamingTheSettings()
    {
        await using var closed = await LoopbackServer.StartAsync(_ => { });
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:AuthorityHost"] = closed.BaseAddress.ToString();
        await using var services = TeamsServices.Build(settings, time, output: output);

        var entry = await CheckAsync(services);

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.StartsWith("no Connector token (Teams:AppId, AppSecret, TenantId, AppType): The token endpoint answered 404", entry.Description, StringComparison.Ordinal);
    }

    /// <summary>The check as the host runs it: after the start-up steps (here the state file's check) have run.</summary>
    private static async Task<HealthReportEntry> CheckAsync(WebApplication services)
    {
        await services.Services.GetRequiredService<StartupSteps>().Begin();
        var report = await services.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "teams");
        return report.Entries["teams"];
    }
}
