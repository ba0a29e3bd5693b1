using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace GcmBot.Benchmarks.Http;

/// <summary>
/// A fresh Ed25519 key pair standing in for Discord's: the app is configured with the public key and
/// verifies every request's signature for real.
/// </summary>
internal sealed class DiscordKeys
{
    private readonly Ed25519PrivateKeyParameters _private = new(RandomNumberGenerator.GetBytes(32), 0);

    public string PublicKeyHex => Convert.ToHexStringLower(_private.GeneratePublicKey().GetEncoded());

    /// <summary>X-Signature-Ed25519: the signature over the timestamp followed by the raw body.</summary>
    public string Sign(string timestamp, byte[] body)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, _private);
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        signer.BlockUpdate(stamp, 0, stamp.Length);
        signer.BlockUpdate(body, 0, body.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
