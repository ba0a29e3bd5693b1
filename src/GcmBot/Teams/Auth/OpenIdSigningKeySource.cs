using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Reads the channel's OpenID metadata, follows its jwks_uri and keeps the keys and their endorsements.
/// Refetches when older than Teams:KeyRefreshInterval and when a token names an unknown key id, at most
/// once per <see cref="RefetchFloor"/> so forged key ids cannot make us hammer the endpoint.
/// </summary>
internal sealed class OpenIdSigningKeySource(
    IHttpClientFactory httpClients,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<OpenIdSigningKeySource> logger) : ISigningKeySource, IDisposable
{
    public const string HttpClientName = "Teams.SigningKeys";

    internal static readonly TimeSpan RefetchFloor = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private SigningKeySet? current;
    private DateTimeOffset lastAttempt = DateTimeOffset.MinValue;

    public Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var set = current;
        return set is not null && IsFresh(set, time.GetUtcNow())
            ? Task.FromResult(set)
            : FetchAsync(unknownKey: false, cancellationToken);
    }

    public Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken) =>
        FetchAsync(unknownKey: true, cancellationToken);

    public void Dispose() => gate.Dispose();

    private bool IsFresh(SigningKeySet set, DateTimeOffset now) =>
        now - set.FetchedAt < options.Value.KeyRefreshInterval;

    private async Task<SigningKeySet> FetchAsync(bool unknownKey, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (current is not null && ((!unknownKey && IsFresh(current, now)) || now - lastAttempt < RefetchFloor))
            {
                return current;
            }

            lastAttempt = now;
            try
            {
                current = await DownloadAsync(now, cancellationToken);
                Log.SigningKeysFetched(logger, current.Keys.Count, unknownKey);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or InvalidOperationException)
            {
                if (current is null)
                {
                    throw new SigningKeysUnavailableException("The Bot Framework signing keys could not be fetched.", ex);
                }

                Log.SigningKeysFetchFailed(logger, ex);
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SigningKeySet> DownloadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
        var jwksUri = new Uri(metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException("The OpenID metadata has no jwks_uri."));
        if (jwksUri.Scheme != Uri.UriSchemeHttps && !jwksUri.IsLoopback)
        {
            throw new InvalidOperationException("The OpenID metadata's jwks_uri is not https.");
        }

        var keysJson = await http.GetStringAsync(jwksUri, cancellationToken);
        var keys = new JsonWebKeySet(keysJson).GetSigningKeys()
            .Where(key => !string.IsNullOrEmpty(key.KeyId))
            .GroupBy(key => key.KeyId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        return new SigningKeySet(keys, ReadEndorsements(keysJson), now);
    }

    // Endorsements are a Bot Framework extension of the JWK format, so they are read from the raw JSON.
    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string keysJson)
    {
        using var document = JsonDocument.Parse(keysJson);
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }
}
