using System.Diagnostics;
using System.Net;
using System.Text;
using GcmBot.Core.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace GcmBot.Tests.Observability;

/// <summary>Issue 17 item 5: OpenTelemetry metrics and traces, tagged with the replica's name, off unless configured.</summary>
public sealed class TelemetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Default_NoTelemetryRegisteredAndNoMetricsEndpoint()
    {
        await using var factory = new GcmBotFactory(output: output);
        using var client = factory.CreateClient();

        using var metrics = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Prometheus_On_ServesTheBotsCountersWithTheReplicasName()
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus"] = "true",
            ["Instance:Name"] = "replica-a",
        }, output);
        using var client = factory.CreateClient();
        await AskAsync(client, "objective 13", traceparent: null);

        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        // Prometheus naming of the OpenTelemetry counter "gcmbot.questions": dots become underscores, counters end in _total.
        Assert.Contains("gcmbot_questions_total{", text, StringComparison.Ordinal);
        Assert.Contains("surface=\"local\"", text, StringComparison.Ordinal);
        // The resource (service name and instance) is published once, as target_info.
        var targetInfo = text.Split('\n').Single(l => l.StartsWith("target_info{", StringComparison.Ordinal));
        Assert.Contains("service_instance_id=\"replica-a\"", targetInfo, StringComparison.Ordinal);
        Assert.Contains("service_name=\"gcmbot\"", targetInfo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traces_OneChatTurn_IsOneTraceFromTheHttpRequestThroughRoutingToSearch()
    {
        var spans = new List<Activity>();
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" }, output);
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans))));
        using var client = host.CreateClient();

        // Our own trace id, so spans of other tests' hosts in this process (the sources are process-wide) are left out.
        var traceId = ActivityTraceId.CreateRandom();
        await AskAsync(client, "what does it say about remittances", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var mine = spans.Where(s => s.TraceId == traceId).ToList();
        var server = Assert.Single(mine, s => s.Source.Name == "Microsoft.AspNetCore");
        var turn = Assert.Single(mine, s => s.Source.Name == Tracing.SourceName && s.DisplayName == "chat turn");
        var search = Assert.Single(mine, s => s.Source.Name == Tracing.SourceName && s.DisplayName == "answer ask");
        Assert.Equal(server.SpanId, turn.ParentSpanId);
        Assert.Equal(turn.SpanId, search.ParentSpanId);
        Assert.Equal("local", turn.GetTagItem("gcmbot.surface"));
        Assert.Equal("ask", turn.GetTagItem("gcmbot.command"));
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317")]
    [InlineData("Telemetry:OtlpProtocol", "udp")]
    [InlineData("Instance:Name", "replica a; drop")]
    public async Task Start_BadSetting_FailsNamingIt(string key, string value)
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { [key] = value }, output);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task AskAsync(HttpClient client, string text, string? traceparent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat")
        {
            Content = new StringContent($"{{\"text\":\"{text}\"}}", Encoding.UTF8, "application/json"),
        };
        if (traceparent is not null)
        {
            request.Headers.TryAddWithoutValidation("traceparent", traceparent);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
