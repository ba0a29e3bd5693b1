using System.Text;
using NSec.Cryptography;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// A fresh Ed25519 key pair standing in for Discord's: the app is configured with the public key and
/// verifies every request's signature for real. Signed with libsodium (NSec), the app's own library: Ed25519 signing
/// is deterministic, so for the same key and message these are the bytes BouncyCastle made (SignatureRun checks
/// that both libraries accept them).
/// </summary>
internal sealed class DiscordKeys : IDisposable
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    private readonly Key _private = Key.Create(Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(_private.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>X-Signature-Ed25519: the signature over the timestamp followed by the raw body.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        var message = new byte[timestamp.Length + body.Length];
        var written = Encoding.ASCII.GetBytes(timestamp, message);
        body.CopyTo(message, written);
        return Convert.ToHexStringLower(Ed25519.Sign(_private, message));
    }

    /// <summary>A public key whose private half is thrown away: for an app that must be configured but is never sent a signed request.</summary>
    public static string UnusedPublicKeyHex()
    {
        using var keys = new DiscordKeys();
        return keys.PublicKeyHex;
    }

    public void Dispose() => _private.Dispose();
}
