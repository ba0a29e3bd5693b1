using System.Text.Json;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// GET /gateway/bot: the gateway URL (kept, as Discord asks, for every fresh session; Discord:GatewayUrl
/// overrides it), the recommended shard count, and the session start limit that feeds the identify gate.
/// </summary>
internal sealed class GatewayUrlSource(IDiscordRest rest, IdentifyGate identifyGate, IOptions<DiscordOptions> options, ILogger<GatewayUrlSource> logger)
{
    private volatile string? _url = options.Value.GatewayUrl;

    /// <summary>The URL for a fresh session: the override, else the last one Discord gave; null before the first answer.</summary>
    public string? Url => _url;

    /// <summary>Asks Discord once; a failed call keeps the last URL.</summary>
    public async Task<GatewayBotReading> ReadAsync(CancellationToken cancellationToken)
    {
        var result = await rest.GetGatewayBotAsync(cancellationToken);
        if (!result.IsSuccess || result.Body is not { } body)
        {
            if (result.Outcome is not (RestOutcome.Unauthorized or RestOutcome.Halted))
            {
                Log.GatewayBotFailed(logger, result.Outcome, _url is not null);
            }

            return new GatewayBotReading(result.Outcome, null);
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        if (root.TryGetProperty("session_start_limit", out var limit))
        {
            var concurrency = limit.TryGetProperty("max_concurrency", out var c) ? c.GetInt32() : 1;
            identifyGate.Update(limit.GetProperty("remaining").GetInt32(), limit.GetProperty("reset_after").GetDouble(), concurrency);
        }

        if (options.Value.GatewayUrl is null && root.TryGetProperty("url", out var url))
        {
            _url = url.GetString();
        }

        return new GatewayBotReading(result.Outcome, root.TryGetProperty("shards", out var shards) ? shards.GetInt32() : null);
    }

    /// <summary>Adds the API version and encoding Discord expects on every gateway connection.</summary>
    public static Uri WithQuery(string url) => new(url.TrimEnd('/') + "/?v=10&encoding=json");
}

/// <summary>How GET /gateway/bot went, and the shard count Discord recommends when it answered.</summary>
internal sealed record GatewayBotReading(RestOutcome Outcome, int? RecommendedShards)
{
    public bool TokenRefused => Outcome is RestOutcome.Unauthorized or RestOutcome.Halted;
}
