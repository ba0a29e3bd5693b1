using Microsoft.Extensions.Options;

namespace GcmBot.Observability;

/// <summary>Refuses telemetry settings that would silently export nowhere, naming the setting at start.</summary>
internal sealed class TelemetryValidation : IValidateOptions<TelemetrySettings>, IValidateOptions<InstanceSettings>
{
    public ValidateOptionsResult Validate(string? name, TelemetrySettings options)
    {
        if (options.OtlpEndpoint.Length > 0
            && !(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return ValidateOptionsResult.Fail($"Telemetry:OtlpEndpoint must be an absolute http or https address, e.g. http://otel-collector:4317; it is \"{options.OtlpEndpoint}\".");
        }

        return options.OtlpProtocol is "Grpc" or "HttpProtobuf"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Telemetry:OtlpProtocol must be Grpc or HttpProtobuf; it is \"{options.OtlpProtocol}\".");
    }

    // The name goes into every metric and span: a short label, not free text.
    public ValidateOptionsResult Validate(string? name, InstanceSettings options) =>
        options.Name.Length <= 63 && options.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Instance:Name must be at most 63 letters, digits, '-', '_' or '.'; it is \"{options.Name}\".");
}
