using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using GcmBot.Teams.Connector;
using GcmBot.Tests.Hosting;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GcmBot.Tests.Teams.Connector;

/// <summary>A 429 from the Connector is counted as a rate-limit wait; other retried statuses are not.</summary>
public sealed class BotConnectorClientMetricsTests(ITestOutputHelper output) : TeamsTestbedTest
{
    [Fact]
    public async Task SendAsync_429Then502ThenSuccess_OneRateLimitWaitCounted()
    {
        var settings = Bed.AuthenticatedSettings();
        settings["Teams:RetryBaseDelay"] = "00:00:00.010";
        await using var services = TeamsServices.Build(settings, TimeProvider.System, output: output);
        using var recorder = new MetricRecorder(services.Services.GetRequiredService<IMeterFactory>());
        Bed.Connector.Respond(429);
        Bed.Connector.Respond(502);

        var result = await services.Services.GetRequiredService<IConnectorClient>().SendAsync(
            new ConnectorTarget(new Uri(Bed.Connector.ServiceUrl), "a:1personal"),
            new Activity { Type = "message", Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", new JsonObject { ["type"] = "AdaptiveCard" })] },
            CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(3, Bed.Connector.Received.Count);
        var wait = Assert.Single(recorder.Of("gcmbot.ratelimit.waits"));
        Assert.Equal(("teams", "connector"), (wait["adapter"], wait["bucket"]));
    }
}
