using Xunit.Abstractions;

namespace GcmBot.Tests.Discord.Fakes;

/// <summary>A test class with a fake Discord on loopback and the app (Discord on) pointed at it, fresh for every test.</summary>
public abstract class DiscordHostTest(ITestOutputHelper? output = null) : IAsyncLifetime
{
    internal FakeDiscordServer Discord { get; private set; } = null!;

    internal DiscordTestHost Host { get; private set; } = null!;

    /// <summary>Settings on top of <see cref="DiscordTestHost"/>'s defaults.</summary>
    internal virtual Dictionary<string, string?> Settings => [];

    /// <summary>The app's clock; null for the system clock.</summary>
    internal virtual TimeProvider? Time => null;

    /// <summary>Scripts the fake before the app (and its background services) start.</summary>
    internal virtual void BeforeHostStarts(FakeDiscordServer discord)
    {
    }

    public async Task InitializeAsync()
    {
        Discord = await FakeDiscordServer.StartAsync();
        BeforeHostStarts(Discord);
        Host = await DiscordTestHost.StartAsync(Discord, Settings, output, Time);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Discord.DisposeAsync();
    }
}
