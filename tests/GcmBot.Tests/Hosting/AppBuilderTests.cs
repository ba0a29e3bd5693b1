using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.EventSource;
using Microsoft.Extensions.Options;

namespace GcmBot.Tests.Hosting;

/// <summary>The slim builder keeps what the app used of the full one: the console formatter setting and EventSource logging.</summary>
public sealed class AppBuilderTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("systemd")]
    public async Task ConsoleFormatterSetting_IsTheFormatterUsed(string name)
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = name });

        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(name, options.FormatterName);
    }

    [Fact]
    public async Task NoFormatterSetting_SimpleFormatter()
    {
        await using var factory = new GcmBotFactory();

        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Simple, options.FormatterName);
    }

    [Fact]
    public async Task LogProviders_ConsoleAndEventSource()
    {
        await using var factory = new GcmBotFactory();

        var providers = factory.Services.GetServices<ILoggerProvider>().Select(p => p.GetType()).ToList();

        Assert.Contains(typeof(ConsoleLoggerProvider), providers);
        Assert.Contains(typeof(EventSourceLoggerProvider), providers);
    }
}
