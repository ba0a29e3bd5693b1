using System.Text;
using System.Text.Json;
using GcmBot.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GcmBot.Tests.Hosting;

/// <summary>
/// Issue 19 (start-up): the /readyz body is written without the serializer's reflection metadata. Probes and
/// dashboards read it, so its bytes must stay what <c>JsonSerializer.Serialize</c> wrote for the same shape before.
/// </summary>
public sealed class HealthReportJsonTests
{
    private static readonly HealthReport Report = new(
        new Dictionary<string, HealthReportEntry>
        {
            ["corpus"] = new(HealthStatus.Healthy, "1234 passages from 10 documents", TimeSpan.Zero, null, null),
            ["teams"] = new(HealthStatus.Degraded, "the state file (Teams:StatePath) can't be written: \"/data/é<x>&\"\n", TimeSpan.Zero, null, null),
            ["semantic"] = new(HealthStatus.Unhealthy, null, TimeSpan.Zero, null, null),
        },
        TimeSpan.Zero);

    [Fact]
    public void Write_OneHealthyCheck_TheDocumentedShape()
    {
        var report = new HealthReport(
            new Dictionary<string, HealthReportEntry> { ["index"] = new(HealthStatus.Healthy, "1234 passages indexed", TimeSpan.Zero, null, null) },
            TimeSpan.Zero);

        // Written out by hand from the README's /readyz example.
        Assert.Equal(
            """{"status":"Healthy","checks":{"index":{"status":"Healthy","description":"1234 passages indexed"}}}""",
            Encoding.UTF8.GetString(HealthReportJson.Write(report)));
    }

    [Fact]
    public void Write_EscapingNullsAndOrder_SameBytesAsTheSerializerWroteBefore()
    {
        // The expectation is the former writer's own expression: an anonymous object through JsonSerializer with default
        // options (its default encoder escapes quotes, '<', '>', '&', the apostrophe and non-ASCII; a null description is null).
        var before = JsonSerializer.SerializeToUtf8Bytes(new
        {
            status = Report.Status.ToString(),
            checks = Report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });

        var written = HealthReportJson.Write(Report);

        Assert.Equal(Encoding.UTF8.GetString(before), Encoding.UTF8.GetString(written));
        Assert.Contains("\"semantic\":{\"status\":\"Unhealthy\",\"description\":null}", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        Assert.Contains("\\u0027", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
    }
}
