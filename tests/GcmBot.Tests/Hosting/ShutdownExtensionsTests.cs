using GcmBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hosting;

public sealed class ShutdownExtensionsTests
{
    [Fact]
    public void AddGracefulShutdown_NoSetting_TwentySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(20), ShutdownTimeout([]));
    }

    [Fact]
    public void AddGracefulShutdown_ShutdownTimeoutSecondsSet_TheSettingWins()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), ShutdownTimeout(new() { ["shutdownTimeoutSeconds"] = "7" }));
    }

    private static TimeSpan ShutdownTimeout(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddGracefulShutdown();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;
    }
}
