using System.Diagnostics;
using System.Net.Http.Json;
using GcmBot.Core.Diagnostics;
using GcmBot.Teams.Turns;
using GcmBot.Tests.Fakes;
using GcmBot.Tests.Teams.Fakes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GcmBot.Tests.Observability;

/// <summary>
/// A Teams turn is answered later, by the turn worker, after the HTTP request has been acknowledged: its spans
/// must still be one trace with the request (issue 17 item 5: one trace per chat turn).
/// </summary>
public sealed class TeamsTraceTests : TeamsTestbedTest
{
    [Fact]
    public async Task QueuedTurn_TheWorkersSpansJoinTheRequestsTrace()
    {
        var spans = new List<Activity>();
        var settings = TeamsApplication.Emulator(Bed.State.StatePath);
        settings["Telemetry:Prometheus"] = "true";
        await using var app = new TeamsApplication(settings)
        {
            RealRouter = true,
            ExtraServices = s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)),
        };
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(TestActivities.Message(Bed.Connector.ServiceUrl, "objective 13", channelId: "emulator")),
        };
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        await Bed.Connector.WaitForAsync(1);
        var queue = app.Services.GetRequiredService<TeamsTurnQueue>();
        await Eventually.WaitUntil(() => queue.Unfinished == 0, what: "the turn finished");

        var mine = spans.Where(s => s.TraceId == traceId).ToList();
        var turn = Assert.Single(mine, s => s.Source.Name == Tracing.SourceName && s.DisplayName == "teams turn");
        var chat = Assert.Single(mine, s => s.Source.Name == Tracing.SourceName && s.DisplayName == "chat turn");
        Assert.Contains(mine, s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server && s.SpanId == turn.ParentSpanId);
        Assert.Equal(turn.SpanId, chat.ParentSpanId);
        Assert.Equal("teams", chat.GetTagItem("gcmbot.surface"));
        // The reply to the Connector is an HttpClient span in the same trace, its conversation id scrubbed.
        var post = Assert.Single(mine, s => s.Source.Name == "System.Net.Http" && s.Kind == ActivityKind.Client);
        Assert.Contains("/v3/conversations/{redacted}/activities", (string?)post.GetTagItem("url.full"), StringComparison.Ordinal);
    }
}
