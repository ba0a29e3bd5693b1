using System.Net;
using GcmBot.Core.Routing;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace GcmBot.Tests.Teams.Turns;

/// <summary>Stopping the app: turns already acknowledged to Teams are answered before the worker stops.</summary>
public sealed class TeamsTurnWorkerTests : TeamsTestbedTest
{
    [Fact]
    public void Start_EmulatorMode_TheWarningIsLoggedBeforeTheHostHasStarted()
    {
        using var app = Bed.Emulator();

        // Services resolves only once the host has started; nothing is awaited after that: the line must be there already.
        _ = app.Services;

        Assert.Contains(app.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Text.StartsWith("Teams:EmulatorMode is on", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_Authenticated_TheModeLineIsLoggedBeforeTheHostHasStarted()
    {
        using var app = Bed.Authenticated();

        _ = app.Services;

        Assert.Contains(app.Logs.Entries, e => e.Text.StartsWith($"Teams adapter requires Bot Framework tokens for app {TeamsApplication.AppId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_TurnUnderWayAndOneQueued_BothRepliesReachTheConnector()
    {
        await using var app = Bed.Authenticated();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Router.Setup(r => r.RouteAsync(It.Is<ChatRequest>(q => q.Text == "objective 13"), It.IsAny<CancellationToken>()))
            .Returns(async (ChatRequest _, CancellationToken ct) =>
            {
                entered.TrySetResult();
                await release.Task.WaitAsync(ct);
                return new RoutedReply(SampleReplies.Objective13(), "objective");
            });

        // Same conversation, so the second waits in the first one's lane.
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(app, TestActivities.Message(Bed.Connector.ServiceUrl, "help"))).StatusCode);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = app.Services.GetRequiredService<IHost>().StopAsync();
        await Eventually.WaitUntil(() => app.Logs.Entries.Any(e => e.Text.StartsWith("Teams adapter stopping", StringComparison.Ordinal)));
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(
            [SampleReplies.Objective13().Title, SampleReplies.Help().Title],
            Bed.Connector.Received.Select(r => r.CardTitle));
    }
}
