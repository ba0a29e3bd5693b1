namespace GcmBot.Observability;

/// <summary>
/// The "Telemetry" section: OpenTelemetry metrics and traces, off unless a setting asks for them. Nothing is
/// exported and no /metrics endpoint exists by default, so a bot without an operator's collector costs nothing.
/// </summary>
public sealed class TelemetrySettings
{
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP collector, e.g. "http://otel-collector:4317" (gRPC) or ":4318" with HttpProtobuf. Empty: no export.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary>"Grpc" (the default, port 4317) or "HttpProtobuf" (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>Serve the metrics for a Prometheus scrape at /metrics. It is unauthenticated: expose it only to the scraper.</summary>
    public bool Prometheus { get; set; }

    public bool Enabled => OtlpEndpoint.Length > 0 || Prometheus;
}
