using System.Diagnostics.Metrics;
using GcmBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GcmBot.Tests.Hosting;

/// <summary>For components built without a host: a meter factory of their own, the metrics on it, and a recorder.</summary>
internal sealed class TestMeters : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public TestMeters()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        Metrics = new GcmBotMetrics(factory);
        Recorder = new MetricRecorder(factory);
    }

    public GcmBotMetrics Metrics { get; }

    public MetricRecorder Recorder { get; }

    public void Dispose()
    {
        Recorder.Dispose();
        _services.Dispose();
    }
}
