using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Client-credentials tokens for the Connector from the bot's tenant (botframework.com for multi-tenant
/// bots). Cached and refreshed ahead of expiry; one request in flight at a time; if an early refresh
/// fails, the still-valid token keeps serving until it expires.
/// </summary>
internal sealed class ClientCredentialsTokenProvider(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<ClientCredentialsTokenProvider> logger) : IOutboundTokenProvider, IDisposable
{
    public const string HttpClientName = "Teams.Tokens";

    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedToken? cached;

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsEmulatorMode)
        {
            return Task.FromResult<string?>(null);
        }

        var token = cached;
        return token is not null && time.GetUtcNow() < token.RefreshAt
            ? Task.FromResult<string?>(token.Value)
            : AcquireAsync(rejected: null, cancellationToken);
    }

    public Task<string?> RenewAsync(string rejectedToken, CancellationToken cancellationToken) =>
        options.Value.IsEmulatorMode ? Task.FromResult<string?>(null) : AcquireAsync(rejectedToken, cancellationToken);

    public void Dispose() => gate.Dispose();

    private async Task<string?> AcquireAsync(string? rejected, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var previous = cached;
            if (previous is not null && previous.Value != rejected && now < previous.RefreshAt)
            {
                return previous.Value;
            }

            try
            {
                cached = await RequestAsync(now, cancellationToken);
                Log.OutboundTokenAcquired(logger, cached.ExpiresAt);
                return cached.Value;
            }
            catch (OutboundTokenException ex) when (rejected is null && previous is not null && now < previous.ExpiresAt)
            {
                Log.OutboundTokenRefreshFailed(logger, ex);
                return previous.Value;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<CachedToken> RequestAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var tenant = settings.AppType == TeamsAppType.SingleTenant ? settings.TenantId! : BotFrameworkAuth.MultiTenantAuthority;
        var endpoint = $"{settings.AuthorityHost.ToString().TrimEnd('/')}/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.AppId!,
            ["client_secret"] = settings.AppSecret!,
            ["scope"] = BotFrameworkAuth.ConnectorScope,
        });
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint, form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            if (!response.IsSuccessStatusCode)
            {
                var error = json.RootElement.TryGetProperty("error", out var code) ? code.ToString() : "no error code";
                throw new OutboundTokenException($"The token endpoint answered {(int)response.StatusCode} ({error}).");
            }

            var value = json.RootElement.GetProperty("access_token").GetString()
                ?? throw new OutboundTokenException("The token endpoint returned no access_token.");
            var lifetime = TimeSpan.FromSeconds(ReadSeconds(json.RootElement.GetProperty("expires_in")));
            var refreshIn = lifetime - RefreshMargin > lifetime / 2 ? lifetime - RefreshMargin : lifetime / 2;
            return new CachedToken(value, now + refreshIn, now + lifetime);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException or FormatException or InvalidOperationException
            || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A timeout (HttpClient cancels) or a malformed answer is the endpoint being down, not our caller stopping.
            throw new OutboundTokenException($"The token endpoint could not be used ({ex.GetType().Name}).", ex);
        }
    }

    // Entra ID sends a number; some proxies and older endpoints send a string.
    private static double ReadSeconds(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? double.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDouble();

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
