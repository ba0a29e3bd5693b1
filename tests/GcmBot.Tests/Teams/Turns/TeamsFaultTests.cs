using System.Net;
using GcmBot.Hosting;
using GcmBot.Teams;
using GcmBot.Teams.Auth;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>
/// Platform faults on the Teams path: the token endpoint down or hanging, the state file refusing
/// writes. The bot keeps taking turns, says it is not ready while it cannot reply, and recovers by itself.
/// </summary>
public sealed class TeamsFaultTests(ITestOutputHelper output) : TeamsTestbedTest
{
    [Fact]
    public async Task TokenEndpointDown_NotReadyAndNoReplyThenReadyAndAnsweringOnceItIsBack()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = new TeamsApplication(Bed.AuthenticatedSettings()) { Time = time, Output = output };
        Bed.Login.TokenEndpointFailure = 503;

        var first = await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"));
        await WaitUntilAsync(() => app.Logs.Entries.Any(e => e.Text.StartsWith("No Connector token", StringComparison.Ordinal)));
        var down = await ReadinessAsync(app);
        Bed.Login.TokenEndpointFailure = null;

        // Readiness holds a failure for a few seconds so that probes cannot hammer the login endpoint.
        time.Advance(TeamsHealthCheck.FailureHold + TimeSpan.FromSeconds(1));
        var up = await ReadinessAsync(app);
        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Equal(HealthStatus.Healthy, up.Status);
        Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Text.Contains(TeamsApplication.AppSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TokenEndpointHangs_TurnTimesOutAndTheConversationIsStillAnswered()
    {
        await using var app = new TeamsApplication(Bed.AuthenticatedSettings())
        {
            ExtraServices = s => s.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromMilliseconds(300)),
            Output = output,
        };
        Bed.Login.TokenEndpointDelay = TimeSpan.FromSeconds(3);

        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"));
        await WaitUntilAsync(() => app.Logs.Entries.Any(e => e.Text.StartsWith("No Connector token", StringComparison.Ordinal)));
        Bed.Login.TokenEndpointDelay = TimeSpan.Zero;
        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 14"));

        Assert.Single(await Bed.Connector.WaitForAsync(1));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Text.StartsWith("Handling a Teams", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connector5xxRun_ReplyGivenUpQuietlyAndTheNextMessageAnswered()
    {
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:RetryBaseDelay"] = "00:00:00.010";
        settings["Teams:RetryMaxDelay"] = "00:00:00.050";
        await using var app = new TeamsApplication(settings) { Output = output };
        for (var i = 0; i <= 3; i++)
        {
            Bed.Connector.Respond(i % 2 == 0 ? 502 : 504, "upstream unavailable");
        }

        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"));
        await Bed.Connector.WaitForAsync(4);
        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "help"));

        Assert.Equal(5, (await Bed.Connector.WaitForAsync(5)).Count);
        Assert.Contains(app.Logs.Entries, e => e.Text.StartsWith("A Teams reply was not delivered: status 504", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task StateFileRefusesWrites_AnswerStillSentAndTheFaultLogged()
    {
        await using var app = Bed.Authenticated();
        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "help"));
        await Bed.Connector.WaitForAsync(1);
        await using (var connection = new SqliteConnection($"Data Source={Bed.State.StatePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TRIGGER refuse_insert BEFORE INSERT ON teams_conversations BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                CREATE TRIGGER refuse_update BEFORE UPDATE ON teams_conversations BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;
                """;
            await command.ExecuteNonQueryAsync();
        }

        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"));

        Assert.Equal(2, (await Bed.Connector.WaitForAsync(2)).Count);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.StartsWith("The Teams state file could not be written", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    // Issue 14: a SQLite "corrupt" error during a turn runs quick_check; a damaged file then makes Teams Unhealthy.
    [Fact]
    public async Task StateFileDamagedWhileRunning_AnswerStillSentAndTeamsUnhealthy()
    {
        await using var app = Bed.Authenticated();
        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "help"));
        await Bed.Connector.WaitForAsync(1);
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(Bed.State.StatePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes("not a database any more, header gone"));
        }

        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"));

        Assert.Equal(2, (await Bed.Connector.WaitForAsync(2)).Count);
        Assert.Equal(HealthStatus.Unhealthy, (await ReadinessAsync(app)).Status);
        Assert.Contains(app.Logs.Entries, e => e.Text.StartsWith("The Teams state file at Teams:StatePath", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StateFileLocked_DegradedWhileLockedThenHealthy()
    {
        await using var app = Bed.Authenticated();
        await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "help"));
        await Bed.Connector.WaitForAsync(1);

        HealthReportEntry locked;
        await using (var connection = new SqliteConnection($"Data Source={Bed.State.StatePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var write = connection.CreateCommand();
            write.CommandText = "BEGIN EXCLUSIVE;";
            await write.ExecuteNonQueryAsync();
            locked = await ReadinessAsync(app);
        }

        var released = await ReadinessAsync(app);

        Assert.Equal(HealthStatus.Degraded, locked.Status);
        Assert.Equal(HealthStatus.Healthy, released.Status);
    }

    private static async Task<HealthReportEntry> ReadinessAsync(TeamsApplication app)
    {
        var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthExtensions.ReadyTag));
        return report.Entries["teams"];
    }

    private static Task WaitUntilAsync(Func<bool> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string what = "") =>
        GcmBot.Tests.Fakes.Eventually.WaitUntil(condition, what: what);
}
