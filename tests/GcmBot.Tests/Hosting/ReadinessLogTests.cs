using GcmBot.Hosting;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// Issue 19: a /readyz probe during start-up finds checks that are not ready yet, which is expected; only once the host
/// has started is an unhealthy check a fault worth an Error line.
/// </summary>
public sealed class ReadinessLogTests
{
    /// <summary>One unhealthy, one degraded and one healthy check (HealthReportWriterTests probes with it too).</summary>
    internal static readonly HealthReport Report = new(
        new Dictionary<string, HealthReportEntry>
        {
            ["corpus"] = new(HealthStatus.Unhealthy, "starting: not loaded yet", TimeSpan.Zero, null, null),
            ["teams"] = new(HealthStatus.Degraded, "the state file (Teams:StatePath) cannot be written", TimeSpan.Zero, null, null),
            ["index"] = new(HealthStatus.Healthy, "1,234 passages indexed", TimeSpan.Zero, null, null),
        },
        TimeSpan.Zero);

    [Fact]
    public void Write_BeforeTheHostHasStarted_NotReadyBelowWarning()
    {
        var logger = new ListLogger<ReadinessLogTests>();

        ReadinessLog.Write(logger, Report, hostStarted: false);

        var corpus = Assert.Single(logger.Entries, e => e.Message.Contains("corpus", StringComparison.Ordinal));
        Assert.Equal((LogLevel.Debug, "ReadinessStarting"), (corpus.Level, corpus.EventName));
        Assert.Contains("starting: not loaded yet", corpus.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Entries, e => e.Message.Contains("teams", StringComparison.Ordinal)).Level);
        Assert.DoesNotContain(logger.Entries, e => e.Message.Contains("index", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_OnceTheHostHasStarted_UnhealthyIsAnError()
    {
        var logger = new ListLogger<ReadinessLogTests>();

        ReadinessLog.Write(logger, Report, hostStarted: true);

        var corpus = Assert.Single(logger.Entries, e => e.Message.Contains("corpus", StringComparison.Ordinal));
        Assert.Equal((LogLevel.Error, "Readiness check corpus is Unhealthy: starting: not loaded yet"), (corpus.Level, corpus.Message));
        Assert.Equal(2, logger.Entries.Count);
    }
}
