using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace GcmBot.Tests.Teams.Fakes;

/// <summary>
/// Stands in for login.botframework.com (OpenID metadata + keys with endorsements) and Entra ID's token
/// endpoint, on loopback. Mints channel tokens with RSA keys generated here.
/// </summary>
internal sealed class FakeBotFrameworkLogin : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly ConcurrentDictionary<string, (RSA Key, string[] Endorsements)> published = new();
    private LoopbackServer server = null!;
    private int tokensIssued;

    public Uri MetadataUrl => new(server.BaseAddress, "v1/.well-known/openidconfiguration");

    public Uri AuthorityHost => server.BaseAddress;

    // Counted atomically: IdentityModel's manager refreshes in the background, beside the test's own thread.
    private int metadataFetches;
    private int keyFetches;

    public int MetadataFetches => Volatile.Read(ref metadataFetches);

    public int KeyFetches => Volatile.Read(ref keyFetches);

    /// <summary>When true, the keys document answers 503 (an outage after start).</summary>
    public bool KeysDown { get; set; }

    /// <summary>Form posts to the token endpoint, with the tenant from the path.</summary>
    public ConcurrentQueue<(string Tenant, IReadOnlyDictionary<string, string> Form)> TokenRequests { get; } = new();

    public int TokenLifetimeSeconds { get; set; } = 3600;

    public TimeSpan TokenEndpointDelay { get; set; } = TimeSpan.Zero;

    /// <summary>When set, the token endpoint answers this status with an error body (an outage).</summary>
    public int? TokenEndpointFailure { get; set; }

    public static async Task<FakeBotFrameworkLogin> StartAsync()
    {
        var login = new FakeBotFrameworkLogin();
        login.Publish("key-1", RSA.Create(2048), "msteams", "emulator");
        login.server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", login.Metadata);
            app.MapGet("/v1/.well-known/keys", login.Keys);
            app.MapPost("/{tenant}/oauth2/v2.0/token", login.IssueAccessTokenAsync);
        });
        return login;
    }

    public RSA KeyOf(string kid) => published[kid].Key;

    public void Publish(string kid, RSA key, params string[] endorsements) => published[kid] = (key, endorsements);

    /// <summary>A channel token as the Bot Framework would send it; every field can be spoiled by a test.</summary>
    public static string Mint(RSA key, string kid, ChannelToken token)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            IssuedAt = token.IssuedAt.UtcDateTime,
            NotBefore = token.IssuedAt.UtcDateTime,
            Expires = (token.IssuedAt + token.Lifetime).UtcDateTime,
            Subject = token.ServiceUrl is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim("serviceurl", token.ServiceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, token.Algorithm),
        };
        var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    public string Mint(ChannelToken token, string kid = "key-1") => Mint(KeyOf(kid), kid, token);

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private IResult Metadata()
    {
        Interlocked.Increment(ref metadataFetches);
        return Results.Json(new JsonObject
        {
            ["issuer"] = ChannelIssuer,
            ["jwks_uri"] = new Uri(server.BaseAddress, "v1/.well-known/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        });
    }

    private IResult Keys()
    {
        Interlocked.Increment(ref keyFetches);
        if (KeysDown)
        {
            return Results.StatusCode(503);
        }

        var keys = new JsonArray();
        foreach (var (kid, (key, endorsements)) in published)
        {
            var parameters = key.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]),
            });
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }

    private async Task<IResult> IssueAccessTokenAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        TokenRequests.Enqueue((tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
        await Task.Delay(TokenEndpointDelay);
        if (TokenEndpointFailure is { } failure)
        {
            return Results.Json(new JsonObject { ["error"] = "temporarily_unavailable" }, statusCode: failure);
        }

        var number = Interlocked.Increment(ref tokensIssued);
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenLifetimeSeconds,
            ["access_token"] = $"connector-token-{number}",
        });
    }
}

/// <summary>The claims of a minted channel token; defaults are valid for <see cref="Audience"/>.</summary>
internal sealed record ChannelToken(string Audience, string? ServiceUrl, DateTimeOffset IssuedAt)
{
    public string Issuer { get; init; } = FakeBotFrameworkLogin.ChannelIssuer;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
}
