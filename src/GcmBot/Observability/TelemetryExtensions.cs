using System.Runtime.CompilerServices;
using GcmBot.Core.Diagnostics;
using GcmBot.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GcmBot.Observability;

public static class TelemetryExtensions
{
    /// <summary>The ASP.NET Core, Kestrel, HttpClient and runtime meters the framework already publishes.</summary>
    private static readonly string[] FrameworkMeters =
        ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime"];

    /// <summary>
    /// OpenTelemetry metrics and traces, tagged with the replica's name, exported over OTLP and/or served for a
    /// Prometheus scrape. Nothing is registered when neither is configured, so the default host pays nothing.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetrySettings>().BindConfiguration(TelemetrySettings.SectionName).ValidateOnStart();
        builder.Services.AddOptions<InstanceSettings>().BindConfiguration(InstanceSettings.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetrySettings>, TelemetryValidation>();
        builder.Services.AddSingleton<IValidateOptions<InstanceSettings>, TelemetryValidation>();

        var settings = builder.Configuration.GetSection(TelemetrySettings.SectionName).Get<TelemetrySettings>() ?? new();
        if (!settings.Enabled || !IsValid(settings))
        {
            // Invalid settings are reported by the validation above, naming the setting, before anything listens.
            return builder;
        }

        AddOpenTelemetry(builder, settings);
        return builder;
    }

    /// <summary>
    /// A method of its own, so that the OpenTelemetry assemblies are loaded (and their code mapped) only when a
    /// setting asks for them: the method that mentions their types is compiled or prepared only when it is called.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOpenTelemetry(IHostApplicationBuilder builder, TelemetrySettings settings)
    {
        var instance = builder.Configuration.GetSection(InstanceSettings.SectionName).Get<InstanceSettings>() ?? new();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("gcmbot", serviceInstanceId: instance.ResolvedName, autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GcmBotMetrics.MeterName).AddMeter(FrameworkMeters);
                if (settings.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (settings.OtlpEndpoint.Length > 0)
                {
                    metrics.AddOtlpExporter(o => Configure(o, settings));
                }
            })
            .WithTracing(traces =>
            {
                // ASP.NET Core and HttpClient publish their own spans; outgoing URLs are scrubbed of tokens first.
                traces.AddSource(Tracing.SourceName, "Microsoft.AspNetCore", "System.Net.Http")
                    .AddProcessor(new UrlRedactingProcessor());
                if (settings.OtlpEndpoint.Length > 0)
                {
                    traces.AddOtlpExporter(o => Configure(o, settings));
                }
            });
    }

    /// <summary>/metrics for a Prometheus scrape, only when Telemetry:Prometheus is true.</summary>
    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IOptions<TelemetrySettings>>().Value.Prometheus)
        {
            MapPrometheus(app);
        }

        return app;
    }

    /// <summary>Its own method for the same reason as <see cref="AddOpenTelemetry"/>: the exporter loads only when asked for.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MapPrometheus(IEndpointRouteBuilder app) => app.MapPrometheusScrapingEndpoint("/metrics");

    private static bool IsValid(TelemetrySettings settings) =>
        new TelemetryValidation().Validate(null, settings).Succeeded;

    private static void Configure(OtlpExporterOptions options, TelemetrySettings settings)
    {
        options.Endpoint = new Uri(settings.OtlpEndpoint);
        options.Protocol = settings.OtlpProtocol == "HttpProtobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
