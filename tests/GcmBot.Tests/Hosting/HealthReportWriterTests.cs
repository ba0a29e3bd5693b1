using System.Text.Json;
using GcmBot.Hosting;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// /readyz's writer logs through one logger, made with the writer (not one per probe), under ReadinessLog's name, and
/// still tells the probes before start from those after it.
/// </summary>
public sealed class HealthReportWriterTests
{
    [Fact]
    public async Task WriteAsync_ProbesBeforeAndAfterStart_OneLoggerForBoth()
    {
        var loggers = new CountingLoggerFactory();
        using var lifetime = new StartedLifetime();
        var writer = new HealthReportWriter(loggers, lifetime);

        var before = await ProbeAsync(writer);
        await lifetime.StartAsync();
        await ProbeAsync(writer);

        Assert.Equal(["GcmBot.Hosting.ReadinessLog"], loggers.Categories);
        Assert.Equal(
            [(LogLevel.Debug, "ReadinessStarting"), (LogLevel.Error, "ReadinessUnhealthy")],
            loggers.Logger.Entries.Where(e => e.Message.Contains("corpus", StringComparison.Ordinal)).Select(e => (e.Level, e.EventName)));

        // The body names the report's status and each check's status and description, as ReadinessLogTests.Report has them.
        var root = JsonDocument.Parse(before).RootElement;
        Assert.Equal("Unhealthy", root.GetProperty("status").GetString());
        Assert.Equal("starting: not loaded yet", root.GetProperty("checks").GetProperty("corpus").GetProperty("description").GetString());
        Assert.Equal("Degraded", root.GetProperty("checks").GetProperty("teams").GetProperty("status").GetString());
    }

    private static async Task<string> ProbeAsync(HealthReportWriter writer)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await writer.WriteAsync(context, ReadinessLogTests.Report);
        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        return System.Text.Encoding.UTF8.GetString(body.ToArray());
    }

    private sealed class CountingLoggerFactory : ILoggerFactory
    {
        public List<string> Categories { get; } = [];

        public ListLogger<HealthReportWriterTests> Logger { get; } = new();

        public ILogger CreateLogger(string categoryName)
        {
            Categories.Add(categoryName);
            return Logger;
        }

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
