using GcmBot.Discord;
using GcmBot.Discord.Gateway;
using GcmBot.Discord.Payloads;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GcmBot.Tests.Discord.Gateway;

/// <summary>GET /gateway/bot feeds the shard count, the URL and the session start limit (with max_concurrency) to the identify gate.</summary>
public sealed class GatewayUrlSourceTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ReadAsync_AnswerFromGatewayDocs_RecommendedShardsUrlAndMaxConcurrencyForTheGate()
    {
        // The fields gateway.mdx documents for Get Gateway Bot (url, shards, session_start_limit with max_concurrency).
        var rest = new GatewayBotAnswer(new RestResult(RestOutcome.Success, 200,
            """{"url":"wss://gateway.discord.gg","shards":9,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":2}}"""));
        var gate = new IdentifyGate(_time, new GatewayTimings(), NullLogger<IdentifyGate>.Instance);
        var source = new GatewayUrlSource(rest, gate, Options.Create(new DiscordOptions()), NullLogger<GatewayUrlSource>.Instance);

        var reading = await source.ReadAsync(CancellationToken.None);
        var shards = Enumerable.Range(0, 3).Select(id => gate.WaitAsync(id, CancellationToken.None)).ToList();

        Assert.Equal(9, reading.RecommendedShards);
        Assert.Equal("wss://gateway.discord.gg", source.Url);
        await Task.WhenAll(shards[0], shards[1]).WaitAsync(Guard);
        Assert.False(shards[2].IsCompleted);
    }

    [Fact]
    public async Task ReadAsync_Refused_TokenRefusedAndNoUrl()
    {
        var rest = new GatewayBotAnswer(new RestResult(RestOutcome.Unauthorized, 401));
        var gate = new IdentifyGate(_time, new GatewayTimings(), NullLogger<IdentifyGate>.Instance);
        var source = new GatewayUrlSource(rest, gate, Options.Create(new DiscordOptions()), NullLogger<GatewayUrlSource>.Instance);

        var reading = await source.ReadAsync(CancellationToken.None);

        Assert.True(reading.TokenRefused);
        Assert.Null(reading.RecommendedShards);
        Assert.Null(source.Url);
    }

    /// <summary>Answers GET /gateway/bot with a fixed result; GatewayUrlSource makes no other call.</summary>
    private sealed class GatewayBotAnswer(RestResult answer) : IDiscordRest
    {
        public bool IsHalted => false;

        public Task<RestResult> GetGatewayBotAsync(CancellationToken cancellationToken) => Task.FromResult(answer);

        public Task<RestResult> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) => throw Unexpected();

        public Task<RestResult> CreateFollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) => throw Unexpected();

        public Task<RestResult> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) => throw Unexpected();

        public Task<RestResult> OverwriteApplicationCommandsAsync(IReadOnlyList<ApplicationCommand> commands, string? guildId, CancellationToken cancellationToken) => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("GatewayUrlSource called a REST method other than GET /gateway/bot.");
    }
}
