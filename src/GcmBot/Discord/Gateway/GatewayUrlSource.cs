using System.Text.Json;
using GcmBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace GcmBot.Discord.Gateway;

/// <summary>
/// The gateway URL for a fresh session: Discord:GatewayUrl when set, else GET /gateway/bot (also feeding the
/// identify gate its session start limit). The last URL is kept for when that call fails.
/// </summary>
internal sealed class GatewayUrlSource(IDiscordRest rest, IdentifyGate identifyGate, IOptions<DiscordOptions> options, ILogger<GatewayUrlSource> logger)
{
    private string? _cached = options.Value.GatewayUrl;

    /// <summary>The URL, or null when Discord refused the token (no point connecting).</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        var result = await rest.GetGatewayBotAsync(cancellationToken);
        if (result.Outcome is RestOutcome.Unauthorized or RestOutcome.Halted)
        {
            return null;
        }

        if (result.IsSuccess && result.Body is { } body)
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.TryGetProperty("session_start_limit", out var limit))
            {
                identifyGate.Update(limit.GetProperty("remaining").GetInt32(), limit.GetProperty("reset_after").GetDouble());
            }

            if (options.Value.GatewayUrl is null && root.TryGetProperty("url", out var url))
            {
                _cached = url.GetString();
            }
        }
        else
        {
            Log.GatewayBotFailed(logger, result.Outcome, _cached is not null);
        }

        return _cached ?? throw new HttpRequestException($"GET /gateway/bot failed ({result.Outcome}) and no gateway URL is known yet.");
    }

    /// <summary>Adds the API version and encoding Discord expects on every gateway connection.</summary>
    public static Uri WithQuery(string url) => new(url.TrimEnd('/') + "/?v=10&encoding=json");
}
