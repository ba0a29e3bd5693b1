using GcmBot.Core.Delivery;
using GcmBot.Core.Replies;
using GcmBot.Core.Routing;
using GcmBot.Digest;
using GcmBot.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace GcmBot.Tests.Digest;

/// <summary>The digest as Program.cs wires it: commands reach the router, the database is created on start.</summary>
public sealed class DigestExtensionsTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ChatContext Local = new(Surface.Local, "console", "me");
    private readonly string _directory = TestPaths.NewTempDirectory("digest-host");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AddDailyDigest_HostStarts_CreatesTheDatabase()
    {
        var path = Path.Combine(_directory, "volume", "gcmbot.db");
        await using var factory = new GcmBotFactory(new Dictionary<string, string?> { ["Digest:DatabasePath"] = path }, output);

        _ = factory.Services;
        await Eventually.WaitUntil(() => File.Exists(path));
    }

    [Theory]
    [InlineData("/dates 2026-11-22", "GCM review calendar — 22 November 2026")]
    [InlineData("dates 2022-05-18", "GCM review calendar — 18 May 2022")]
    [InlineData("digest", "Daily digest of review forum dates")]
    [InlineData("digest status", "No daily digest here")]
    public async Task Router_DigestCommands_AreRouted(string text, string title)
    {
        await using var factory = RoutingFactory();

        var reply = (await factory.Services.GetRequiredService<ICommandRouter>().RouteAsync(new ChatRequest(text, Local), CancellationToken.None)).Reply;

        Assert.Equal(title, reply.Title);
    }

    [Fact]
    public async Task Router_SubscribeInLocalChat_PolitelyRefused()
    {
        await using var factory = RoutingFactory();

        var reply = (await factory.Services.GetRequiredService<ICommandRouter>().RouteAsync(new ChatRequest("digest subscribe 08:00 UTC", Local), CancellationToken.None)).Reply;

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("cannot post on its own", Assert.IsType<TextBlock>(reply.Blocks[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoSubscription_NoPosterBuiltUntilADigestIsDue()
    {
        var clock = new FakeClock(new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero));
        var poster = new CountingPoster();
        var built = 0;
        await using var app = new GcmBotFactory(new Dictionary<string, string?>
        {
            ["Digest:DatabasePath"] = Path.Combine(_directory, "gcmbot.db"),
            ["Digest:Enabled"] = "false", // the test runs the dispatcher itself
        }, output);
        await using var factory = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IReplyPoster>(_ =>
            {
                Interlocked.Increment(ref built);
                return poster;
            });
        }));
        await factory.Services.GetRequiredService<IDigestDatabase>().MigrateAsync(CancellationToken.None);
        var dispatcher = factory.Services.GetRequiredService<DigestDispatcher>();

        await dispatcher.RunOnceAsync(CancellationToken.None);
        await factory.Services.GetRequiredService<ICommandRouter>().RouteAsync(new ChatRequest("digest", Local), CancellationToken.None);
        Assert.Equal(0, built);

        await factory.Services.GetRequiredService<ISubscriptionStore>().SaveAsync("discord", "c1", new TimeOnly(8, 0), "UTC", clock.GetUtcNow(), CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, built);
        Assert.Equal(["c1"], poster.Conversations);
    }

    private GcmBotFactory RoutingFactory() =>
        new(new Dictionary<string, string?> { ["Digest:DatabasePath"] = Path.Combine(_directory, "gcmbot.db") }, output);

    [Fact]
    public async Task AddDailyDigest_InvalidSetting_StartupFailsNamingIt()
    {
        await using var factory = new GcmBotFactory(new Dictionary<string, string?>
        {
            ["Digest:DatabasePath"] = Path.Combine(_directory, "x.db"),
            ["Digest:TickInterval"] = "00:00:00",
        }, output);

        var error = Assert.Throws<OptionsValidationException>(() => factory.Services);

        Assert.Contains("Digest:TickInterval", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingPoster : IReplyPoster
    {
        public Surface Surface => Surface.Discord;

        public List<string> Conversations { get; } = [];

        public Task<PostOutcome> PostAsync(string conversationId, Reply reply, CancellationToken cancellationToken)
        {
            Conversations.Add(conversationId);
            return Task.FromResult(PostOutcome.Sent);
        }
    }
}
