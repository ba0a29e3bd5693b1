using System.Diagnostics;

namespace GcmBot.Core.Diagnostics;

/// <summary>
/// The "GcmBot" activity source: one span per chat turn, with the routing and search stages under it. Starting
/// a span costs nothing unless a listener (OpenTelemetry, when Telemetry settings enable it) is attached.
/// </summary>
public static class Tracing
{
    public const string SourceName = "GcmBot";

    public static ActivitySource Source { get; } = new(SourceName);
}
