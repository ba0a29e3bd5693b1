using System.Text.Json;
using Microsoft.IdentityModel.Protocols;

namespace GcmBot.Teams.Auth;

/// <summary>Each signing key's endorsements by key id: the channel ids ("msteams", "emulator", …) it may speak for.</summary>
internal sealed record KeyEndorsements(IReadOnlyDictionary<string, IReadOnlySet<string>> ByKeyId);

/// <summary>
/// Reads the keys' endorsements, a Bot Framework extension of the JWK format ("endorsements": [...]) that IdentityModel's
/// key parsing leaves aside, from the same documents as the keys: the OpenID metadata, then the jwks_uri it names.
/// </summary>
internal sealed class EndorsementsRetriever : IConfigurationRetriever<KeyEndorsements>
{
    public async Task<KeyEndorsements> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        string jwksUri;
        using (var metadata = JsonDocument.Parse(await retriever.GetDocumentAsync(address, cancel)))
        {
            jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()!
                : throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
        }

        using var keys = JsonDocument.Parse(await retriever.GetDocumentAsync(jwksUri, cancel));
        return new KeyEndorsements(Read(keys.RootElement));
    }

    private static Dictionary<string, IReadOnlySet<string>> Read(JsonElement keySet)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in keySet.GetProperty("keys").EnumerateArray())
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
