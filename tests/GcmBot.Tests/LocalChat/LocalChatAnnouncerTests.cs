using GcmBot.LocalChat;
using GcmBot.Tests.Fakes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace GcmBot.Tests.LocalChat;

public sealed class LocalChatAnnouncerTests
{
    [Theory]
    [InlineData("http://[::]:8080", "http://localhost:8080/")]
    [InlineData("http://0.0.0.0:5000", "http://localhost:5000/")]
    [InlineData("http://+:80", "http://localhost/")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123/")]
    public void Browsable_BoundAddress_IsAnAddressABrowserCanOpen(string bound, string expected)
    {
        Assert.Equal(expected, LocalChatAnnouncer.Browsable(bound));
    }

    [Fact]
    public async Task Started_ChatOn_LogsWhereTheChatIs()
    {
        using var lifetime = new StartedLifetime();
        var logger = new ListLogger<LocalChatAnnouncer>();
        var announcer = new LocalChatAnnouncer(new ListeningServer("http://[::]:8080"), lifetime, new LocalChatSwitch(true), logger);

        await announcer.StartAsync(CancellationToken.None);
        await lifetime.StartAsync();

        var entry = Assert.Single(logger.Entries);
        Assert.Equal("Local chat: open http://localhost:8080/ in a browser", entry.Message);
    }

    [Fact]
    public async Task Started_ChatOff_SaysNothing()
    {
        using var lifetime = new StartedLifetime();
        var logger = new ListLogger<LocalChatAnnouncer>();
        var announcer = new LocalChatAnnouncer(new ListeningServer("http://[::]:8080"), lifetime, new LocalChatSwitch(false), logger);

        await announcer.StartAsync(CancellationToken.None);
        await lifetime.StartAsync();

        Assert.Empty(logger.Entries);
    }

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(string address)
        {
            var addresses = new ServerAddressesFeature();
            addresses.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ServerAddressesFeature : IServerAddressesFeature
    {
        public ICollection<string> Addresses { get; } = [];

        public bool PreferHostingUrls { get; set; }
    }
}
