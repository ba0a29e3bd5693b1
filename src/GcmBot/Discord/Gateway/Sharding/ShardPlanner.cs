using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway.Sharding;

/// <summary>
/// Works out the shards to run from GET /gateway/bot and the settings: Discord:ShardCount, or Discord's
/// recommended count (never below a minimum after close code 4011), and Discord:ShardIds.
/// </summary>
internal sealed class ShardPlanner(IOptions<DiscordOptions> options, GatewayUrlSource urls, GatewayTimings timings, TimeProvider time, ILogger<ShardPlanner> logger)
{
    /// <summary>
    /// Asks until Discord has given a URL (and a count, when it is not fixed), reporting each wait through
    /// <paramref name="waiting"/>; null when Discord refused the bot token.
    /// </summary>
    public async Task<ShardPlan?> PlanAsync(int minimum, Action<string> waiting, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            var reading = await ReadAsync(cancellationToken);
            if (reading.TokenRefused)
            {
                return null;
            }

            var configured = options.Value.ShardCount;
            int? count = configured > 0 ? configured : reading.RecommendedShards is { } recommended ? Math.Max(recommended, minimum) : null;
            if (count is { } n && urls.Url is not null)
            {
                return ShardPlan.For(n, options.Value.ShardIds);
            }

            var delay = timings.Backoff(failures);
            waiting($"waiting for GET /gateway/bot ({reading.Outcome}) for the gateway URL and shard count");
            Log.ShardCountUnknown(logger, reading.Outcome, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>The count Discord recommends now, or null when it does not say.</summary>
    public async Task<int?> RecommendedAsync(CancellationToken cancellationToken) => (await ReadAsync(cancellationToken)).RecommendedShards;

    /// <summary>An answer that cannot be read counts as a failed call (asked again later), never as a crash.</summary>
    private async Task<GatewayBotReading> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await urls.ReadAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            Log.ConnectFailed(logger, ex.GetType().Name, ex.Message);
            return new GatewayBotReading(Rest.RestOutcome.BadRequest, null);
        }
    }
}
