using Microsoft.IdentityModel.Tokens;

namespace GcmBot.Teams.Auth;

/// <summary>
/// The channel's published signing keys by key id, with each key's endorsements: the channel ids
/// ("msteams", "emulator", …) a token signed by that key may speak for.
/// </summary>
public sealed record SigningKeySet(
    IReadOnlyDictionary<string, SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements);

/// <summary>Supplies signing keys, cached; refetches on demand when a token names an unknown key.</summary>
public interface ISigningKeySource
{
    Task<SigningKeySet> GetAsync(CancellationToken cancellationToken);

    Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken);
}

/// <summary>No signing keys could ever be fetched, so no token can be validated.</summary>
public sealed class SigningKeysUnavailableException(string message, Exception inner) : Exception(message, inner);
