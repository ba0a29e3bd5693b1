using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GcmBot.Teams.Auth;

/// <summary>
/// Validates inbound requests as the Bot Framework SDK's channel path does: Bearer token, issuer
/// api.botframework.com, audience = our app id, RS256/384/512 signature by a published key, lifetime
/// with 5 minutes' skew, serviceurl claim = the activity's serviceUrl, key endorsed for the channel.
/// Emulator, skill and government token paths are deliberately not implemented.
/// </summary>
internal sealed class BotFrameworkTokenValidator(
    ISigningKeySource keySource,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<BotFrameworkTokenValidator> logger) : IInboundTokenValidator
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<InboundAuthResult> ValidateAsync(InboundRequest request, CancellationToken cancellationToken)
    {
        if (options.Value.IsEmulatorMode)
        {
            return EmulatorModeRules.Check(request);
        }

        var token = ReadBearerToken(request.Authorization);
        if (token is null)
        {
            return InboundAuthResult.Unauthorized("missing or malformed Authorization header");
        }

        // Cheap header and issuer checks before any key work, as the SDK does.
        var unverified = ReadUnverified(token);
        if (unverified?.Issuer != BotFrameworkAuth.ChannelIssuer)
        {
            return InboundAuthResult.Unauthorized("token not issued by the Bot Framework channel");
        }

        if (!BotFrameworkAuth.SigningAlgorithms.Contains(unverified.Alg))
        {
            return InboundAuthResult.Unauthorized("signing algorithm not allowed");
        }

        try
        {
            var keys = await keySource.GetAsync(cancellationToken);
            var result = await ValidateTokenAsync(token, keys);
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                keys = await keySource.RefreshForUnknownKeyAsync(cancellationToken);
                result = await ValidateTokenAsync(token, keys);
            }

            return result.IsValid
                ? CheckClaims((JsonWebToken)result.SecurityToken, request, keys)
                : InboundAuthResult.Unauthorized(Describe(result.Exception));
        }
        catch (SigningKeysUnavailableException ex)
        {
            Log.SigningKeysUnavailable(logger, ex);
            return new InboundAuthResult(InboundAuthStatus.Unavailable, "signing keys unavailable");
        }
    }

    private static string? ReadBearerToken(string? authorization)
    {
        var parts = authorization?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is ["Bearer", var token] ? token : null;
    }

    private JsonWebToken? ReadUnverified(string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private Task<TokenValidationResult> ValidateTokenAsync(string token, SigningKeySet keys) =>
        handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = BotFrameworkAuth.ChannelIssuer,
            ValidAudience = options.Value.AppId,
            ValidAlgorithms = BotFrameworkAuth.SigningAlgorithms,
            IssuerSigningKeys = keys.Keys.Values,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = BotFrameworkAuth.ClockSkew,
            LifetimeValidator = ValidateLifetime,
        });

    // IdentityModel's own lifetime check reads the wall clock; this one uses the injected TimeProvider.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null || expires.Value.ToUniversalTime() + BotFrameworkAuth.ClockSkew < now)
        {
            throw new SecurityTokenExpiredException("The token has expired or has no expiry.");
        }

        if (notBefore is not null && notBefore.Value.ToUniversalTime() - BotFrameworkAuth.ClockSkew > now)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.");
        }

        return true;
    }

    private static InboundAuthResult CheckClaims(JsonWebToken token, InboundRequest request, SigningKeySet keys)
    {
        if (!string.IsNullOrEmpty(request.ServiceUrl))
        {
            if (!token.TryGetPayloadValue<string>(BotFrameworkAuth.ServiceUrlClaim, out var claimed))
            {
                return InboundAuthResult.Unauthorized("serviceurl claim missing");
            }

            if (!string.Equals(claimed, request.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return InboundAuthResult.Unauthorized("serviceurl claim does not match the activity's serviceUrl");
            }
        }

        // The key that signed the token must be endorsed for the channel the activity claims to come from.
        if (!keys.Endorsements.TryGetValue(token.Kid, out var endorsements) || endorsements.Count == 0)
        {
            return InboundAuthResult.Forbidden("signing key carries no endorsements");
        }

        return string.IsNullOrEmpty(request.ChannelId) || endorsements.Contains(request.ChannelId)
            ? new InboundAuthResult(InboundAuthStatus.Authenticated, "channel token")
            : InboundAuthResult.Forbidden("signing key not endorsed for the activity's channel");
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenInvalidAudienceException => "audience is not this bot's app id",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException => "signing key not published by the channel",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenInvalidSignatureException => "invalid signature",
        null => "token rejected",
        _ => exception.GetType().Name,
    };
}
